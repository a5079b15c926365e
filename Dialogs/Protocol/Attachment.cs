using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GuidanceBot.Dialogs.Protocol;

/// <summary>
/// A card or file on an activity; <see cref="Content"/> stays raw JSON so any card survives a round trip.
/// Cards the bot renders itself carry their content as ready UTF-8 JSON (<see cref="Rendered"/>), which goes on
/// the wire as it is: no JSON tree is built for it unless someone reads <see cref="Content"/>.
/// </summary>
public sealed class Attachment
{
    private JsonNode? _content;
    private byte[]? _rendered;

    public string ContentType { get; set; } = "";

    [JsonIgnore]
    public JsonNode? Content
    {
        get => _content ??= _rendered is null ? null : JsonNode.Parse(_rendered);
        set
        {
            _content = value;
            _rendered = null;
        }
    }

    public string? ContentUrl { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>The content as the wire carries it: the rendered bytes while nobody has read them as a tree.</summary>
    [JsonInclude]
    [JsonPropertyName("content")]
    [JsonConverter(typeof(AttachmentContent.Converter))]
    internal AttachmentContent? WireContent
    {
        get => _content is not null ? new AttachmentContent(_content, null)
            : _rendered is not null ? new AttachmentContent(null, _rendered)
            : null;
        set => Content = value?.Node;
    }

    /// <summary>An attachment whose content is already-serialized JSON (trusted: the bot rendered it).</summary>
    public static Attachment Rendered(string contentType, byte[] utf8Json) => new()
    {
        ContentType = contentType,
        _rendered = utf8Json,
    };
}
