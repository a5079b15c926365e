using System.Text.Json.Serialization;

namespace GuidanceBot.Bot.Channels.DirectLine.TokenServer;

/// <summary>What a partner page gets: a Direct Line token for one new conversation, and the opaque user id bound into it.</summary>
public sealed record PartnerTokenResponse(
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string UserId,
    string ConversationId);
