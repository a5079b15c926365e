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

    // 1100–1199: Bot Framework auth (inbound keys) and the Connector (outbound tokens, calls).
    [LoggerMessage(1100, LogLevel.Information, "Fetched {KeyCount} signing keys via the OpenID metadata at {MetadataUrl}.")]
    public static partial void SigningKeysRefreshed(ILogger logger, int keyCount, string metadataUrl);

    [LoggerMessage(1101, LogLevel.Warning, "Could not fetch signing keys via {MetadataUrl}; keeping the {KeyCount} keys of the last good fetch.")]
    public static partial void SigningKeysRefreshFailed(ILogger logger, Exception exception, string metadataUrl, int keyCount);

    [LoggerMessage(1102, LogLevel.Information, "A token names signing key {KeyId}, which the cached key set does not hold.")]
    public static partial void UnknownSigningKey(ILogger logger, string keyId);

    [LoggerMessage(1110, LogLevel.Debug, "Acquired a Connector token ({TokenSource}), valid until {ExpiresOn:u}.")]
    public static partial void ConnectorTokenAcquired(ILogger logger, string tokenSource, DateTimeOffset expiresOn);

    [LoggerMessage(1111, LogLevel.Error, "Could not acquire a Connector token ({TokenSource}): HTTP {StatusCode}, error '{ErrorCode}'.")]
    public static partial void ConnectorTokenFailed(ILogger logger, string tokenSource, int statusCode, string? errorCode);

    [LoggerMessage(1120, LogLevel.Warning, "{Method} to the Connector at {Host} answered {StatusCode}; attempt {Attempt} is retried in {DelayMs} ms.")]
    public static partial void ConnectorCallRetrying(ILogger logger, string method, string host, int statusCode, int attempt, long delayMs);

    [LoggerMessage(1121, LogLevel.Warning, "{Method} to the Connector at {Host} could not connect; attempt {Attempt} is retried in {DelayMs} ms.")]
    public static partial void ConnectorNetworkErrorRetrying(ILogger logger, Exception exception, string method, string host, int attempt, long delayMs);

    [LoggerMessage(1122, LogLevel.Warning, "The Connector at {Host} refused the bot's token (401); fetching a new token and retrying once.")]
    public static partial void ConnectorTokenRejected(ILogger logger, string host);

    [LoggerMessage(1123, LogLevel.Error, "{Method} to the Connector at {Host} failed with {StatusCode} (code '{ErrorCode}', correlation id '{CorrelationId}').")]
    public static partial void ConnectorCallFailed(ILogger logger, string method, string host, int statusCode, string? errorCode, string? correlationId);

    // 1200–1299: the embedded Direct Line and the partner token server.

    [LoggerMessage(1200, LogLevel.Warning, "No DirectLine:Secret is configured: generated a random one for this Development run (not logged). Tokens will not survive a restart.")]
    public static partial void DirectLineSecretGenerated(ILogger logger);

    [LoggerMessage(1201, LogLevel.Warning, "No DirectLine:Secret is configured outside Development: the embedded Direct Line is disabled and its endpoints answer 503. Set DirectLine:Secret to enable it.")]
    public static partial void DirectLineDisabled(ILogger logger);

    [LoggerMessage(1202, LogLevel.Information, "Rejected a Direct Line request with {StatusCode}: {Reason}")]
    public static partial void DirectLineRequestRejected(ILogger logger, int statusCode, string reason);

    [LoggerMessage(1203, LogLevel.Debug, "A Direct Line append lost a race with another writer (attempt {Attempt}); retrying.")]
    public static partial void DirectLineAppendRetried(ILogger logger, int attempt);

    [LoggerMessage(1204, LogLevel.Debug, "Direct Line stream opened from watermark {Watermark}.")]
    public static partial void DirectLineStreamOpened(ILogger logger, int watermark);

    [LoggerMessage(1205, LogLevel.Debug, "Direct Line stream closed ({CloseStatus}).")]
    public static partial void DirectLineStreamClosed(ILogger logger, string closeStatus);

    [LoggerMessage(1206, LogLevel.Information, "Deleted {Count} Direct Line conversation(s) past their retention.")]
    public static partial void DirectLineConversationsDeleted(ILogger logger, int count);

    [LoggerMessage(1207, LogLevel.Error, "The Direct Line retention sweep failed; it will run again.")]
    public static partial void DirectLineSweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(1208, LogLevel.Warning, "Azure Direct Line refused to generate a token: HTTP {StatusCode}.")]
    public static partial void AzureTokenRefused(ILogger logger, int statusCode);

    [LoggerMessage(1209, LogLevel.Warning, "Azure Direct Line could not be reached to generate a token.")]
    public static partial void AzureTokenFailed(ILogger logger, Exception exception);

    // 1300–1399: state storage (back end, outages, retention).

    [LoggerMessage(1300, LogLevel.Information, "State storage: {Provider} ({Location}).")]
    public static partial void StorageSelected(ILogger logger, string provider, string location);

    /// <summary>Takes the storage exception's own message (which names no user data), not the exception.</summary>
    [LoggerMessage(1301, LogLevel.Warning, "A turn ({ActivityType} on {ChannelId}) could not reach the state store; the user was asked to try again and stored state was left as it was. {Reason}")]
    public static partial void TurnStorageUnavailable(ILogger logger, string activityType, string? channelId, string reason);

    [LoggerMessage(1302, LogLevel.Information, "Deleted {Count} stored item(s) not written within the retention of {Retention}.")]
    public static partial void StoragePurged(ILogger logger, int count, TimeSpan retention);

    [LoggerMessage(1303, LogLevel.Error, "The storage retention purge failed; it will run again. {Failure}")]
    public static partial void StoragePurgeFailed(ILogger logger, string failure);

    [LoggerMessage(1304, LogLevel.Warning, "/readyz: the state store did not answer within {TimeoutMs} ms or failed. {Reason}")]
    public static partial void ReadinessStorageUnavailable(ILogger logger, long timeoutMs, string reason);
}
