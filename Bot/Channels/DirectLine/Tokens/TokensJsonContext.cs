using System.Text.Json.Serialization;

namespace GuidanceBot.Bot.Channels.DirectLine.Tokens;

/// <summary>Source-generated JSON for the claims inside a Direct Line token (same rules as the activity wire format).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DirectLineTokenClaims))]
public sealed partial class TokensJsonContext : JsonSerializerContext;
