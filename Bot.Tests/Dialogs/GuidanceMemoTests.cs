using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.Guidance;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Knowledge.Context;
using GuidanceBot.Tests.Knowledge;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Dialogs;

/// <summary>Guidance and its cards are computed once per content snapshot and answers, and never mix conversations up.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class GuidanceMemoTests
{
    private static readonly string[] Flow = ["start", "mixed", "can join", "new", "jobs", "ngo"];

    [Fact]
    public void TheSameAnswersGetTheSameGuidanceOncePerSnapshot()
    {
        var context = GuidanceContext.Empty with { Membership = "mixed", LegalEnvironment = "can-join", Needs = ["livelihoods"] };
        var memo = GuidanceMemo.Of(ShippedContent.KnowledgeBase);

        var first = memo.Recommend(context);
        var again = memo.Recommend(context with { Needs = ["livelihoods"] });
        var other = memo.Recommend(context with { Membership = "returnees" });

        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Same(memo, GuidanceMemo.Of(ShippedContent.KnowledgeBase));
        Assert.NotSame(memo, GuidanceMemo.Of(GuidanceBot.Knowledge.Loading.KnowledgeLoader.Load(ShippedContent.Path).KnowledgeBase!));
    }

    [Fact]
    public void RenderedCardsStayWithinTheirBudget()
    {
        var memo = GuidanceMemo.Of(GuidanceBot.Knowledge.Loading.KnowledgeLoader.Load(ShippedContent.Path).KnowledgeBase!);
        var card = new byte[64 * 1024];

        for (var i = 0; i < 1000; i++)
        {
            memo.Card($"card-{i}", () => card);
        }

        Assert.InRange(memo.CardBytes, card.Length, 8 * 1024 * 1024);
        Assert.Same(card, memo.Card("card-999", () => throw new InvalidOperationException("the newest card is kept")));
    }

    [Fact]
    public async Task TwoConversationsWithTheSameAnswersGetTheSameCardsForTheirChannel()
    {
        var webChat = await WalkAsync(new GuidanceTestClient("directline"));
        var webChatAgain = await WalkAsync(new GuidanceTestClient("directline"));
        var teams = await WalkAsync(new GuidanceTestClient("msteams"));

        Assert.Equal(Json(webChat), Json(webChatAgain));
        Assert.All(Actions(webChat), type => Assert.Equal("Action.Submit", type));
        Assert.All(Actions(teams), type => Assert.Equal("Action.Execute", type));
        Assert.Equal(CardText.TextBlocks(webChat[1].Attachments![0].Content), CardText.TextBlocks(teams[1].Attachments![0].Content));
    }

    [Fact]
    public async Task AGroupSummaryShowsItsOwnNamesEvenWhenAnotherGroupGaveTheSameAnswers()
    {
        var first = await WalkAsync(new GuidanceTestClient("msteams", isGroup: true), "Amal");
        var second = await WalkAsync(new GuidanceTestClient("msteams", isGroup: true), "Jonas");

        Assert.Contains("answered by Amal", GuidanceTestClient.VisibleText(first[0]), StringComparison.Ordinal);
        Assert.Contains("answered by Jonas", GuidanceTestClient.VisibleText(second[0]), StringComparison.Ordinal);
        Assert.DoesNotContain("Amal", GuidanceTestClient.VisibleText(second[0]), StringComparison.Ordinal);
    }

    /// <summary>The whole flow; returns the summary and guidance messages of the last answer.</summary>
    private static async Task<List<Activity>> WalkAsync(GuidanceTestClient client, string user = "User")
    {
        IReadOnlyList<Activity> replies = [];
        foreach (var text in Flow)
        {
            replies = await client.SayAsync(text, user);
        }

        var cards = replies.Where(reply => reply.Attachments is { Count: > 0 }).ToList();
        Assert.True(cards.Count >= 2, "the last answer brings the summary and the guidance cards");
        return cards;
    }

    private static string Json(List<Activity> cards) =>
        string.Join("\n", cards.Select(card => card.Attachments![0].Content!.ToJsonString()));

    /// <summary>The type of every button of the summary and guidance cards that talks to the bot (not of a button's fallback).</summary>
    private static List<string?> Actions(List<Activity> cards)
    {
        var types = new List<string?>();
        foreach (var card in cards.Take(2))
        {
            Collect(card.Attachments![0].Content);
        }

        Assert.True(types.Count > 5, "the summary and guidance cards have buttons");
        return types;

        void Collect(JsonNode? node)
        {
            if (node is JsonArray array)
            {
                foreach (var item in array)
                {
                    Collect(item);
                }
            }
            else if (node is JsonObject obj)
            {
                foreach (var (name, value) in obj)
                {
                    if (name == "actions" && value is JsonArray actions)
                    {
                        // Action.ShowCard (the guidance's Details) unfolds on the client and asks nothing of the bot.
                        types.AddRange(actions.Select(action => (string?)action?["type"]).Where(type => type != "Action.ShowCard"));
                    }
                    else
                    {
                        Collect(value);
                    }
                }
            }
        }
    }
}
