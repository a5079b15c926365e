using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Cards.AdaptiveCards;

/// <summary>Turns the typed card model into an attachment (camelCase, nulls omitted, source-generated).</summary>
public static class AdaptiveCardJson
{
    public static JsonNode ToJson(AdaptiveCard card) =>
        JsonSerializer.SerializeToNode(card, AdaptiveCardJsonContext.Default.AdaptiveCard)!;

    public static Attachment ToAttachment(AdaptiveCard card) => new()
    {
        ContentType = ContentTypes.AdaptiveCard,
        Content = ToJson(card),
    };
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdaptiveCard))]
public sealed partial class AdaptiveCardJsonContext : JsonSerializerContext;
