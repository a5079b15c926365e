using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Knowledge.Responses;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.EndToEnd;

/// <summary>
/// Teams end to end: the real Microsoft 365 Agents Playground (Teams channel, no browser) talks to the real bot over
/// HTTP, and the bot's replies reach the Playground through its Connector (serviceUrl), as they would reach Teams.
/// </summary>
[Collection(RealClientsCollection.Name)]
[Trait("Category", TestCategories.RealClients)]
public sealed class TeamsPlaygroundTests(TeamsPlaygroundFixture teams) : IClassFixture<TeamsPlaygroundFixture>
{
    private const string TeamChannelThreadPrefix = AgentsPlayground.TeamChannelId + ";messageid=";

    private AgentsPlayground Playground => teams.Playground;

    private ResponseCatalog Responses => teams.Bot.Services.GetRequiredService<ResponseCatalog>();

    [Fact]
    public async Task InstallingTheAppInAPersonalChatShowsAValidWelcomeCard()
    {
        var conversation = Playground.PersonalConversationId;

        await Playground.InstallAsync(conversation);

        var message = await teams.Stream.WaitForBotMessageAsync(
            (id, m) => id == conversation && (string?)m["attachments"]?[0]?["contentType"] == ContentTypes.AdaptiveCardContent,
            "with an Adaptive Card in the personal chat after install");
        Assert.Equal(AgentsPlayground.BotId, (string?)message["from"]?["id"]);
        var card = message["attachments"]![0]!["content"]!;
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal(Responses.Get("welcome.title"), (string?)card["body"]?[0]?["text"]);
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(card));
    }

    [Fact]
    public async Task APersonalMessageGetsTheBotsReplyThroughTheConnector()
    {
        var conversation = Playground.PersonalConversationId;
        var text = "hello from the personal chat " + Guid.NewGuid().ToString("N")[..8];
        var mark = teams.Stream.Mark();

        await Playground.SendMessageAsync(conversation, text);

        var received = await teams.Recorder.WaitForAsync(a => a.IsType(ActivityTypes.Message) && a.Text == text, "personal message");
        Assert.Equal("msteams", received.ChannelId);
        Assert.Equal("personal", received.Conversation?.ConversationType);
        Assert.Equal(AgentsPlayground.BotId, received.Recipient?.Id);
        var reply = await teams.Stream.WaitForBotMessageAsync((id, m) => id == conversation && HasContent(m), "replying in the personal chat", mark);
        Assert.Equal(AgentsPlayground.BotId, (string?)reply["from"]?["id"]);
    }

    [Fact]
    public async Task PressingTheWelcomeCardsStartButtonReachesTheBotAndGetsAReply()
    {
        var conversation = Playground.PersonalConversationId;
        await Playground.InstallAsync(conversation);

        // The welcome comes once per conversation, so it may have come with an earlier install in this run.
        var card = await teams.Stream.WaitForBotMessageAsync(
            (id, m) => id == conversation && (string?)m["attachments"]?[0]?["content"]?["body"]?[0]?["text"] == Responses.Get("welcome.title"), "with the welcome card");
        var start = card["attachments"]![0]!["content"]!["actions"]!.AsArray().Single(a => (string?)a!["data"]?["verb"] == CardVerbs.Start)!;

        var mark = teams.Stream.Mark();
        await Playground.SubmitCardAsync(conversation, (string)card["messageId"]!, start["data"]!.AsObject().DeepClone().AsObject());

        var received = await teams.Recorder.WaitForAsync(a => a.IsType(ActivityTypes.Message) && (string?)a.Value?["verb"] == CardVerbs.Start, "card submit");
        Assert.True(string.IsNullOrEmpty(received.Text), "A card submit carries its data in 'value', not in 'text'.");
        Assert.Equal((string)card["messageId"]!, received.ReplyToId);
        await teams.Stream.WaitForBotMessageAsync((id, m) => id == conversation && HasContent(m), "answering the Start button", mark);
    }

    [Fact]
    public async Task AChannelMessageReachesTheBotWithoutTheBotsMention()
    {
        await Playground.SendMessageAsync(AgentsPlayground.TeamChannelId, $"<at>{AgentsPlayground.BotName}</at> hi", [AgentsPlayground.BotMention()]);

        var received = await teams.Recorder.WaitForAsync(
            a => a.IsType(ActivityTypes.Message) && a.Conversation?.ConversationType == "channel" && a.Text?.Contains("Megan", StringComparison.Ordinal) != true,
            "channel message");
        Assert.Equal("hi", received.Text);
        Assert.Contains(received.Entities ?? [], e => e.Type == "mention" && e.Get("mentioned")?.GetProperty("id").GetString() == AgentsPlayground.BotId);
        Assert.StartsWith(TeamChannelThreadPrefix, received.Conversation!.Id, StringComparison.Ordinal);
        await teams.Stream.WaitForBotMessageAsync((id, m) => id == received.Conversation.Id && HasContent(m), "replying in the team channel's thread");
    }

    [Fact]
    public async Task AnotherPersonsMentionInAChannelMessageIsKept()
    {
        var megan = new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = "user-id-1", ["name"] = "Megan Bowen" },
            ["text"] = "<at>Megan Bowen</at>",
        };

        await Playground.SendMessageAsync(
            AgentsPlayground.TeamChannelId,
            $"<at>{AgentsPlayground.BotName}</at> what should <at>Megan Bowen</at> ask first?",
            [AgentsPlayground.BotMention(), megan]);

        var received = await teams.Recorder.WaitForAsync(
            a => a.IsType(ActivityTypes.Message) && a.Conversation?.ConversationType == "channel" && a.Text?.Contains("Megan", StringComparison.Ordinal) == true,
            "channel message mentioning Megan");
        Assert.Equal("what should <at>Megan Bowen</at> ask first?", received.Text);
    }

    /// <summary>Any reply with something to read: text or a card (the exact wording belongs to the dialogs' tests).</summary>
    private static bool HasContent(JsonNode message) =>
        !string.IsNullOrWhiteSpace((string?)message["text"]) || message["attachments"]?.AsArray().Count > 0;
}
