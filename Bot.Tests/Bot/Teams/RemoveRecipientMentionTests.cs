using System.Text.Json.Nodes;
using System.Text;
using GuidanceBot.Bot.Channels.Teams;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Bot.Teams;

/// <summary>The bot's own @mention is stripped from Teams text; nobody else's is (protocol.md §4.5, conformance case 18).</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class RemoveRecipientMentionTests
{
    private const string BotId = "28:bot-app-id";

    [Fact]
    public void TheBotsMentionIsRemovedAndTheRestTrimmed()
    {
        var activity = Message("<at>Test Bot</at> hi channel", Mention(BotId, "Test Bot"));

        Assert.Equal("hi channel", activity.RemoveRecipientMention());
        Assert.Equal("hi channel", activity.Text);
    }

    [Fact]
    public void AnotherPersonsMentionIsKept()
    {
        var activity = Message(
            "<at>Contoso Helper</at> reset password for <at>Alex Wilber</at>",
            Mention(BotId, "Contoso Helper"),
            Mention("29:alex", "Alex Wilber"));

        Assert.Equal("reset password for <at>Alex Wilber</at>", activity.RemoveRecipientMention());
    }

    [Fact]
    public void AMentionOfSomeoneElseWithTheBotsNameIsKept()
    {
        var activity = Message("<at>Test Bot</at> hi", Mention("29:namesake", "Test Bot"));

        Assert.Equal("<at>Test Bot</at> hi", activity.RemoveRecipientMention());
    }

    [Fact]
    public void WithoutEntitiesTheTextIsUntouched()
    {
        var activity = Message("  <at>Test Bot</at> hi  ");

        Assert.Equal("  <at>Test Bot</at> hi  ", activity.RemoveRecipientMention());
    }

    [Fact]
    public void TextThatIsOnlyTheMentionBecomesEmpty()
    {
        var activity = Message("<at>Test Bot</at>", Mention(BotId, "Test Bot"));

        Assert.Equal("", activity.RemoveRecipientMention());
    }

    [Fact]
    public void AMentionInTheMiddleLeavesOneSpace()
    {
        var activity = Message("please <at>Test Bot</at> help me", Mention(BotId, "Test Bot"));

        Assert.Equal("please help me", activity.RemoveRecipientMention());
    }

    [Fact]
    public void EveryOccurrenceIsRemovedCaseInsensitively()
    {
        var activity = Message("<AT>test bot</AT> hi <at>Test Bot</at>", Mention(BotId, "Test Bot"));

        Assert.Equal("hi", activity.RemoveRecipientMention());
    }

    [Fact]
    public void AnHtmlEscapedNameIsMatchedWhenTheEntityHasNoText()
    {
        var activity = Message("<at>Tom &amp; Jerry&#39;s Bot</at> what is P5?", Mention(BotId, "Tom & Jerry's Bot", text: null));

        Assert.Equal("what is P5?", activity.RemoveRecipientMention());
    }

    [Fact]
    public void AnEscapedEntityTextIsRemovedAsWritten()
    {
        var activity = Message("<at>R&amp;D Bot</at> hello", Mention(BotId, "R&D Bot", text: "<at>R&amp;D Bot</at>"));

        Assert.Equal("hello", activity.RemoveRecipientMention());
    }

    [Fact]
    public void MalformedMentionEntitiesAreIgnored()
    {
        var activity = Message(
            "<at>Test Bot</at> hi",
            new JsonObject { ["type"] = "mention" },
            new JsonObject { ["type"] = "mention", ["mentioned"] = "not an object" },
            new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = 42 } },
            new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US" });

        Assert.Equal("<at>Test Bot</at> hi", activity.RemoveRecipientMention());
    }

    [Fact]
    public async Task TheMiddlewareStripsMessagesBeforeTheBotRuns()
    {
        var adapter = new PipelineOnlyAdapter();
        adapter.Use(new RemoveRecipientMentionMiddleware());
        var activity = Message("<at>Test Bot</at> hi", Mention(BotId, "Test Bot"));
        string? seen = null;

        await adapter.RunPipelineAsync(new TurnContext(adapter, activity), (turn, _) =>
        {
            seen = turn.Activity.Text;
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal("hi", seen);
    }

    private static Activity Message(string text, params JsonObject[] entities)
    {
        var json = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:user" },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Test Bot" },
            ["conversation"] = new JsonObject { ["id"] = "19:team@thread.tacv2;messageid=1" },
        };
        if (entities.Length > 0)
        {
            json["entities"] = new JsonArray(entities.Select(e => (JsonNode)e).ToArray());
        }

        return ProtocolJson.DeserializeActivity(Encoding.UTF8.GetBytes(json.ToJsonString()))!;
    }

    private static JsonObject Mention(string id, string name, string? text = "default")
    {
        var mention = new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name },
        };
        if (text is not null)
        {
            mention["text"] = text == "default" ? $"<at>{name}</at>" : text;
        }

        return mention;
    }

    private sealed class PipelineOnlyAdapter : BotAdapter
    {
        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
            Task.FromResult(Array.Empty<ResourceResponse>());
    }
}
