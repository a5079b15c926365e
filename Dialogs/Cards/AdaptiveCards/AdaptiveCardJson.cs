using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Cards.AdaptiveCards;

/// <summary>Turns the typed card model into JSON (camelCase, nulls omitted, source-generated).</summary>
public static class AdaptiveCardJson
{
    public static JsonNode ToJson(AdaptiveCard card) =>
        JsonSerializer.SerializeToNode(card, AdaptiveCardJsonContext.Default.AdaptiveCard)!;

    /// <summary>The card rendered once into UTF-8 JSON, ready to go on the wire as it is.</summary>
    public static byte[] ToUtf8(AdaptiveCard card) =>
        JsonSerializer.SerializeToUtf8Bytes(card, AdaptiveCardJsonContext.Default.AdaptiveCard);

    public static Attachment ToAttachment(AdaptiveCard card) => ToAttachment(ToUtf8(card));

    public static Attachment ToAttachment(byte[] renderedCard) => Attachment.Rendered(ContentTypes.AdaptiveCardContent, renderedCard);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdaptiveCard))]
public sealed partial class AdaptiveCardJsonContext : JsonSerializerContext;
