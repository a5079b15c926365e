using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GuidanceBot.Dialogs.Protocol;

/// <summary>An attachment's content on the wire: either a JSON tree or bytes already rendered as JSON.</summary>
public sealed record AttachmentContent(JsonNode? Node, byte[]? Utf8Json)
{
    /// <summary>Writes rendered bytes verbatim (a copy, not a re-serialisation); reads any JSON value as a tree.</summary>
    public sealed class Converter : JsonConverter<AttachmentContent>
    {
        public override AttachmentContent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(JsonNode.Parse(ref reader), null);

        public override void Write(Utf8JsonWriter writer, AttachmentContent value, JsonSerializerOptions options)
        {
            if (value.Utf8Json is { } utf8)
            {
                writer.WriteRawValue(utf8, skipInputValidation: true);
            }
            else if (value.Node is { } node)
            {
                node.WriteTo(writer, options);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
