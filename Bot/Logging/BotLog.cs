using Microsoft.Extensions.Logging;

namespace GuidanceBot.Bot.Logging;

/// <summary>
/// Every log line the host writes, with its event id. Nothing here takes message text, names or emails:
/// users type details about displaced people, and logs are not the place for them.
/// </summary>
public static partial class BotLog
{
    [LoggerMessage(1000, LogLevel.Warning, "No MicrosoftAppId is configured: /api/messages accepts requests without a token. Configure BotFrameworkAuth before exposing the bot.")]
    public static partial void AnonymousModeEnabled(ILogger logger);

    [LoggerMessage(1001, LogLevel.Information, "Rejected a request to /api/messages with {StatusCode}: {Reason}")]
    public static partial void RequestRejected(ILogger logger, int statusCode, string reason);

    /// <summary>Takes <see cref="ExceptionSummary"/> output, not the exception: its message may hold user text.</summary>
    [LoggerMessage(1002, LogLevel.Error, "A turn failed ({ActivityType} on {ChannelId}); the conversation's dialog state was reset. {Failure}")]
    public static partial void TurnFailed(ILogger logger, string activityType, string? channelId, string failure);

    [LoggerMessage(1003, LogLevel.Error, "The error policy itself failed while handling a failed turn. {Failure}")]
    public static partial void ErrorPolicyFailed(ILogger logger, string failure);

    [LoggerMessage(1004, LogLevel.Debug, "Ignored an activity of type {ActivityType}.")]
    public static partial void ActivityIgnored(ILogger logger, string activityType);
}
