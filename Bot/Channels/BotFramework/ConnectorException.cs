namespace GuidanceBot.Bot.Channels.BotFramework;

/// <summary>
/// The Connector refused an outbound call for good (after any retries). Carries the status, the stable
/// <c>error.code</c> and the correlation id for support; never the Connector's free-text message.
/// </summary>
public sealed class ConnectorException(int statusCode, string? errorCode, string? correlationId, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    /// <summary>e.g. <c>BotNotInConversationRoster</c>, <c>ConversationNotFound</c>; null when the body had none.</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <summary>The <c>X-Correlating-OperationId</c> response header, when sent.</summary>
    public string? CorrelationId { get; } = correlationId;
}
