using System.Text.Json.Serialization;

namespace GuidanceBot.Bot.Channels.DirectLine.Wire;

/// <summary>
/// The Direct Line <c>Conversation</c> object (tokens/generate, tokens/refresh, start, reconnect).
/// <c>token</c> is required by DirectLineJS: without it every later call sends <c>Bearer undefined</c>.
/// </summary>
public sealed record DirectLineConversation(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);
