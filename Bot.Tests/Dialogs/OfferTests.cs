using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.Guidance;
using GuidanceBot.Dialogs.Guidance.State;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Tests.Knowledge;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Dialogs;

/// <summary>
/// The bot's offers (start, examples, what if) through the real bot: which reply makes one, how long it holds, what
/// a yes or a no does, and that the cards that offer are valid on both channels. The scripted walk-throughs are in
/// Conversations/offers.yml.
/// </summary>
[Trait("Category", TestCategories.RealClients)]
public sealed class OfferTests
{
    private const string ConversationKey = "directline/conversations/conversation-1";

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yes please!", true)]
    [InlineData("okay", true)]
    [InlineData("OK, let's go", true)]
    [InlineData("yess please", true)]
    [InlineData("sure, go ahead", true)]
    [InlineData("no", false)]
    [InlineData("Not now.", false)]
    [InlineData("nope", false)]
    [InlineData("no thanks", false)]
    public void ShortYesAndNoAnswersAreRead(string text, bool expected)
    {
        Assert.Equal(expected, Offers.Reply(text, ShippedContent.KnowledgeBase.Responses.Commands));
    }

    [Theory]
    [InlineData("yes and no")]
    [InlineData("we have no cooperative yet in the camp")]
    [InlineData("refugees")]
    [InlineData("")]
    public void AnythingElseIsNeitherYesNorNo(string text)
    {
        Assert.Null(Offers.Reply(text, ShippedContent.KnowledgeBase.Responses.Commands));
    }

    [Fact]
    public async Task TheWelcomeOffersToStartAndOkStarts()
    {
        var client = new GuidanceTestClient();

        var welcome = Visible(await client.JoinAsync());
        var started = Visible(await client.SayAsync("ok"));

        Assert.Contains("Say yes or press Start", welcome, StringComparison.Ordinal);
        Assert.Contains("Question 1 of 5", started, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOfferIsStoredAsAnIdAndClearedByTheNextTurn()
    {
        var storage = new MemoryStorage();
        var client = new GuidanceTestClient(storage: storage);

        await client.SayAsync("hello");
        var afterGreeting = await StoredAsync(storage);
        await client.SayAsync("summary");
        var afterSummary = await StoredAsync(storage);

        Assert.Equal(Offers.Start, afterGreeting.Offer);
        Assert.Null(afterSummary.Offer);
    }

    [Fact]
    public async Task AnOfferFromAnOlderVersionGetsAKindReply()
    {
        var storage = new MemoryStorage();
        var client = new GuidanceTestClient(storage: storage);
        await client.SayAsync("hello");
        var data = await StoredAsync(storage);
        data.Offer = "somethingRetired";
        var etag = (await storage.ReadAsync([ConversationKey], default))[ConversationKey].ETag;
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [ConversationKey] = new(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(data, GuidanceStateJsonContext.Default.ConversationData), etag) }, default);

        var reply = Visible(await client.SayAsync("yes"));

        Assert.Contains("I have not asked you anything just now", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InTeamsTheGreetingsStartButtonRunsAsAnActionExecute()
    {
        var client = new GuidanceTestClient("msteams");
        var greeting = Assert.Single(await client.SayAsync("hello"));
        var start = greeting.Attachments![0].Content!["actions"]!.AsArray().Single()!;
        Assert.Equal("Action.Execute", (string?)start["type"]);

        var press = client.Make(null, new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)start["verb"], ["data"] = start["data"]!.DeepClone() } }, "User");
        press.Type = ActivityTypes.Invoke;
        press.Name = "adaptiveCard/action";
        var replies = Visible(await client.RunAsync(press));

        Assert.Contains("Question 1 of 5", replies, StringComparison.Ordinal);
    }

    /// <summary>The greeting, the greeting with answers given, and "not understood", as each channel gets them.</summary>
    [Theory]
    [InlineData("directline")]
    [InlineData("msteams")]
    public async Task EveryCardThatOffersIsValid(string channel)
    {
        var client = new GuidanceTestClient(channel);
        var cards = new List<Activity>();
        cards.AddRange(await client.SayAsync("hello"));
        cards.AddRange(await client.SayAsync("zzqx"));
        await client.SayAsync("start");
        await client.SayAsync("mixed");
        await client.SayAsync("cancel");
        cards.AddRange(await client.SayAsync("hi"));

        var attachments = cards.SelectMany(reply => reply.Attachments ?? []).ToList();
        Assert.Equal(3, attachments.Count);
        foreach (var attachment in attachments)
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)attachment.Content!["fallbackText"]));
            var problems = await AdaptiveCardValidator.ValidateAsync(attachment.Content!);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }

    private static async Task<ConversationData> StoredAsync(IStorage storage) =>
        System.Text.Json.JsonSerializer.Deserialize((await storage.ReadAsync([ConversationKey], default))[ConversationKey].Utf8Json, GuidanceStateJsonContext.Default.ConversationData)!;

    private static string Visible(IReadOnlyList<Activity> replies) =>
        string.Join("\n", replies.Select(GuidanceTestClient.VisibleText));
}
