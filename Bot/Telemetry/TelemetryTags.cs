using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Bot.Telemetry;

/// <summary>
/// Tag names and the mapping of client-supplied values onto closed sets: channel ids and activity types come from
/// the request, so anything unknown becomes <c>other</c> (bounded metric series, nothing a user typed).
/// </summary>
public static class TelemetryTags
{
    public const string Channel = "guidancebot.channel";
    public const string ActivityType = "guidancebot.activity_type";
    public const string Outcome = "guidancebot.outcome";
    public const string ContentVersion = "guidancebot.content.version";
    public const string ConversationHash = "guidancebot.conversation.hash";
    public const string Operation = "guidancebot.storage.operation";
    public const string ErrorType = "error.type";

    public static string ChannelOf(string? channelId) => channelId switch
    {
        "msteams" or "directline" or "webchat" or "emulator" or "test" or "slack" or "telegram" or "facebook" => channelId,
        _ => "other",
    };

    public static string ActivityTypeOf(string? type) => type switch
    {
        ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate or ActivityTypes.Invoke
            or ActivityTypes.Event or ActivityTypes.Typing or ActivityTypes.EndOfConversation or ActivityTypes.MessageReaction
            or ActivityTypes.MessageUpdate or ActivityTypes.MessageDelete => type,
        _ => "other",
    };
}
