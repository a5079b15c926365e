using System.Buffers;
using System.Text.Json;

namespace GuidanceBot.Bot.Channels.DirectLine.Wire;

/// <summary>
/// A batch of activities with the watermark after them, as GET activities returns it and as WebSocket frames
/// carry it. Activities stay the raw JSON they were stored as and are written out untouched. A frame without a
/// watermark (typing) tells the client to keep the one it has.
/// </summary>
public sealed record ActivitySet(IReadOnlyList<ReadOnlyMemory<byte>> Activities, string? Watermark)
{
    public byte[] ToUtf8Json()
    {
        var buffer = new ArrayBufferWriter<byte>(Activities.Sum(a => a.Length + 1) + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities"u8);
            foreach (var activity in Activities)
            {
                writer.WriteRawValue(activity.Span, skipInputValidation: true);
            }

            writer.WriteEndArray();
            if (Watermark is not null)
            {
                writer.WriteString("watermark"u8, Watermark);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
