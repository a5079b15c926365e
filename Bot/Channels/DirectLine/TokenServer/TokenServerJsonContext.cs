using System.Text.Json.Serialization;

namespace GuidanceBot.Bot.Channels.DirectLine.TokenServer;

/// <summary>Source-generated JSON for the partner token server's request and response (same rules as the activity wire format).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PartnerTokenRequest))]
[JsonSerializable(typeof(PartnerTokenResponse))]
public sealed partial class TokenServerJsonContext : JsonSerializerContext;
