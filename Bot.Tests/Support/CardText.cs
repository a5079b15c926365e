using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Tests.Support;

/// <summary>
/// What a person reads on an Adaptive Card given as JSON (a channel's copy of it): the text of every text block and
/// fact, in order, however deeply nested; and its buttons.
/// </summary>
public static class CardText
{
    /// <summary>The card of a bot message's first Adaptive Card attachment, or null.</summary>
    public static JsonNode? CardOf(JsonNode message) =>
        message["attachments"]?.AsArray()
            .FirstOrDefault(attachment => (string?)attachment?["contentType"] == ContentTypes.AdaptiveCardContent)?["content"];

    public static List<string> TextBlocks(JsonNode? card)
    {
        var texts = new List<string>();
        Collect(card?["body"], texts);
        return texts;
    }

    /// <summary>Whether any text block or fact of the card contains <paramref name="text"/>.</summary>
    public static bool Contains(JsonNode? card, string text) =>
        TextBlocks(card).Exists(block => block.Contains(text, StringComparison.Ordinal));

    /// <summary>The card's actions (buttons), none when it has none.</summary>
    public static List<JsonObject> Actions(JsonNode? card) =>
        card?["actions"] is JsonArray actions ? [.. actions.OfType<JsonObject>()] : [];

    private static void Collect(JsonNode? node, List<string> texts)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, texts);
                }

                break;
            case JsonObject element:
                if ((string?)element["type"] == "TextBlock" && (string?)element["text"] is { } text)
                {
                    texts.Add(text);
                }

                if ((string?)element["type"] == "FactSet")
                {
                    texts.AddRange(element["facts"]?.AsArray().Select(fact => $"{fact?["title"]}: {fact?["value"]}") ?? []);
                }

                // A button row's Action.ShowCard holds a card the reader unfolds (the guidance card's details).
                foreach (var children in new[] { "items", "columns", "body", "actions", "card" })
                {
                    Collect(element[children], texts);
                }

                break;
        }
    }
}
