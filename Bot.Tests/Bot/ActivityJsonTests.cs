using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Bot;

[Trait("Category", TestCategories.Unit)]
public sealed class ActivityJsonTests
{
    // A Teams channel message as the Agents Playground sends it, plus fields we do not model.
    private const string TeamsChannelMessage = """
        {"type":"message","id":"1795440299765","timestamp":"2026-11-23T13:24:06.479Z","localTimestamp":"2026-11-23T13:24:06.479+00:00",
         "localTimezone":"UTC","serviceUrl":"http://localhost:56150/_connector","channelId":"msteams",
         "from":{"id":"user-id-0","name":"Alex Wilber","aadObjectId":"00000000-0000-0000-0000-0000000000020","userPrincipalName":"alex@example.org"},
         "conversation":{"isGroup":true,"conversationType":"channel","tenantId":"t1","id":"team-id;messageid=1795440299765"},
         "recipient":{"id":"00000000-0000-0000-0000-00000000000011","name":"Test Bot"},
         "textFormat":"plain","locale":"en-US","text":"<at>Test Bot</at> hi channel",
         "entities":[{"type":"mention","mentioned":{"id":"00000000-0000-0000-0000-00000000000011","name":"Test Bot"},"text":"<at>Test Bot</at>"},
                     {"type":"clientInfo","locale":"en-US","country":"US","platform":"Web","timezone":"UTC"}],
         "channelData":{"teamsChannelId":"team-id","tenant":{"id":"t1"},"team":{"id":"team-id"},"channel":{"id":"team-id"}},
         "futureField":{"nested":[1,2,3]}}
        """;

    [Fact]
    public void ATeamsActivitySurvivesARoundTripUnchanged()
    {
        var activity = ProtocolJson.DeserializeActivity(System.Text.Encoding.UTF8.GetBytes(TeamsChannelMessage))!;

        var written = JsonNode.Parse(ProtocolJson.SerializeToString(activity))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TeamsChannelMessage), written), written.ToJsonString());
    }

    [Fact]
    public void ARenderedCardGoesOnTheWireAsRenderedAndReadsAsATree()
    {
        var card = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"caf\u00e9 <b>"}]}"""u8.ToArray();
        var message = MessageFactory.Attachment(Attachment.Rendered("application/vnd.microsoft.card.adaptive", card));

        var json = ProtocolJson.SerializeToString(message);

        Assert.Contains(System.Text.Encoding.UTF8.GetString(card), json, StringComparison.Ordinal);
        var read = ProtocolJson.DeserializeActivity(System.Text.Encoding.UTF8.GetBytes(json))!;
        Assert.Equal("café <b>", (string?)read.Attachments![0].Content!["body"]![0]!["text"]);
        Assert.Equal("café <b>", (string?)message.Attachments![0].Content!["body"]![0]!["text"]);
    }

    [Fact]
    public void AReadAndChangedRenderedCardGoesOnTheWireAsChanged()
    {
        var attachment = Attachment.Rendered("application/vnd.microsoft.card.adaptive", """{"type":"AdaptiveCard","body":[]}"""u8.ToArray());

        attachment.Content!["speak"] = "changed";
        var json = ProtocolJson.SerializeToString(MessageFactory.Attachment(attachment));

        Assert.Contains("\"speak\":\"changed\"", json, StringComparison.Ordinal);
        attachment.Content = null;
        Assert.DoesNotContain("\"content\"", ProtocolJson.SerializeToString(MessageFactory.Attachment(attachment)), StringComparison.Ordinal);
    }

    [Fact]
    public void NullsAreOmittedAndNamesAreCamelCase()
    {
        var json = ProtocolJson.SerializeToString(MessageFactory.Text("hi"));

        Assert.Equal("""{"type":"message","textFormat":"markdown","text":"hi"}""", json);
    }

    [Fact]
    public void PascalCaseFieldsAreAccepted()
    {
        var activity = ProtocolJson.DeserializeActivity("""{"Type":"message","Text":"hi","Conversation":{"Id":"c1"}}"""u8)!;

        Assert.Equal("message", activity.Type);
        Assert.Equal("hi", activity.Text);
        Assert.Equal("c1", activity.Conversation!.Id);
    }

    [Fact]
    public void CallerIdFromTheWireIsNeitherTrustedNorSent()
    {
        var activity = ProtocolJson.DeserializeActivity("""{"type":"message","callerId":"urn:botframework:azure"}"""u8)!;

        Assert.Null(activity.CallerId);
        Assert.DoesNotContain("callerId", ProtocolJson.SerializeToString(new Activity { Type = "message", CallerId = "x" }), StringComparison.Ordinal);
    }

    [Fact]
    public void AReplySwapsTheAccountsAndKeepsTheConversation()
    {
        var incoming = ProtocolJson.DeserializeActivity(System.Text.Encoding.UTF8.GetBytes(TeamsChannelMessage))!;

        var reply = incoming.CreateReply("hello");

        Assert.Equal("00000000-0000-0000-0000-00000000000011", reply.From!.Id);
        Assert.Equal("user-id-0", reply.Recipient!.Id);
        Assert.Equal("team-id;messageid=1795440299765", reply.Conversation!.Id);
        Assert.Equal("1795440299765", reply.ReplyToId);
        Assert.Null(reply.Id);
        Assert.Null(reply.Timestamp);
    }

    [Fact]
    public void DirectLineConversationUpdateRepliesHaveNoReplyToId()
    {
        var join = new Activity { Type = ActivityTypes.ConversationUpdate, Id = "c|1", ChannelId = "directline", Conversation = new("c") };

        Assert.Null(join.CreateReply().ReplyToId);
    }
}
