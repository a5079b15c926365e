using System.Text.Json.Serialization;
using GuidanceBot.Bot.Channels.DirectLine.Conversations;
using GuidanceBot.Bot.Channels.DirectLine.Tokens;
using GuidanceBot.Bot.Channels.DirectLine.TokenServer;

namespace GuidanceBot.Bot.Channels.DirectLine.Wire;

/// <summary>Source-generated JSON for everything Direct Line reads, writes and stores (same rules as the activity wire format).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DirectLineConversation))]
[JsonSerializable(typeof(TokenParameters))]
[JsonSerializable(typeof(DirectLineTokenClaims))]
[JsonSerializable(typeof(ConversationRecord))]
[JsonSerializable(typeof(RetentionBucket))]
[JsonSerializable(typeof(RetentionCursor))]
[JsonSerializable(typeof(PartnerTokenRequest))]
[JsonSerializable(typeof(PartnerTokenResponse))]
public sealed partial class DirectLineJsonContext : JsonSerializerContext;
