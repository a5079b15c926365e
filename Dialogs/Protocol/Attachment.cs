using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GuidanceBot.Dialogs.Protocol;

/// <summary>A card or file on an activity; <see cref="Content"/> stays raw JSON so any card survives a round trip.</summary>
public sealed class Attachment
{
    public string ContentType { get; set; } = "";
    public JsonNode? Content { get; set; }
    public string? ContentUrl { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
