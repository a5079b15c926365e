using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GuidanceBot.Dialogs.Protocol;

/// <summary>A button outside Adaptive Cards, e.g. a suggested action (<c>imBack</c>).</summary>
public sealed class CardAction
{
    public string Type { get; set; } = "imBack";
    public string Title { get; set; } = "";
    public JsonNode? Value { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
