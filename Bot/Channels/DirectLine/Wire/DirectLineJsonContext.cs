using System.Text.Json.Serialization;

namespace GuidanceBot.Bot.Channels.DirectLine.Wire;

/// <summary>Source-generated JSON for the Direct Line 3.0 wire objects (same rules as the activity wire format).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DirectLineConversation))]
[JsonSerializable(typeof(TokenParameters))]
public sealed partial class DirectLineJsonContext : JsonSerializerContext;
