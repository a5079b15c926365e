using System.Buffers;
using System.Text.Json;

namespace GuidanceBot.Bot.Channels.DirectLine.Conversations;

/// <summary>
/// The stored form of one page of a conversation's log: <c>{"count":N,"activities":[...]}</c>, activities as
/// the exact JSON they were appended with. An append copies bytes and a read walks them with a reader, so no
/// stored activity is ever parsed into objects on the hot path. <c>count</c> comes first so it is cheap to read.
/// </summary>
public static class ActivityPage
{
    private static ReadOnlySpan<byte> Tail => "]}"u8;

    /// <summary>How many activities the page holds (0 for a page not written yet).</summary>
    public static int Count(ReadOnlySpan<byte> page)
    {
        if (page.IsEmpty)
        {
            return 0;
        }

        var reader = new Utf8JsonReader(page);
        reader.Read(); // {
        reader.Read(); // "count"
        reader.Read();
        return reader.GetInt32();
    }

    /// <summary>The page with <paramref name="added"/> after its current activities.</summary>
    public static byte[] Append(ReadOnlySpan<byte> page, IReadOnlyList<byte[]> added)
    {
        var existing = page.IsEmpty ? ReadOnlySpan<byte>.Empty : page[ItemsStart(page)..^Tail.Length];
        var buffer = new ArrayBufferWriter<byte>(existing.Length + added.Sum(a => a.Length + 1) + 48);
        buffer.Write("{\"count\":"u8);
        Write(buffer, (Count(page) + added.Count).ToString(System.Globalization.CultureInfo.InvariantCulture));
        buffer.Write(",\"activities\":["u8);
        buffer.Write(existing);
        for (var i = 0; i < added.Count; i++)
        {
            if (i > 0 || !existing.IsEmpty)
            {
                buffer.Write(","u8);
            }

            buffer.Write(added[i]);
        }

        buffer.Write(Tail);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The page's activities from index <paramref name="skip"/> on, as slices of <paramref name="page"/>.</summary>
    public static List<ReadOnlyMemory<byte>> Activities(ReadOnlyMemory<byte> page, int skip)
    {
        var items = new List<ReadOnlyMemory<byte>>();
        if (page.IsEmpty)
        {
            return items;
        }

        var reader = new Utf8JsonReader(page.Span);
        reader.Read(); // {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && !reader.ValueTextEquals("activities"u8))
        {
            reader.Read();
            reader.Skip();
        }

        reader.Read(); // [
        for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (index >= skip)
            {
                items.Add(page[start..(int)reader.BytesConsumed]);
            }
        }

        return items;
    }

    private static int ItemsStart(ReadOnlySpan<byte> page)
    {
        var reader = new Utf8JsonReader(page);
        while (reader.Read() && reader.TokenType != JsonTokenType.StartArray)
        {
        }

        return (int)reader.BytesConsumed;
    }

    private static void Write(ArrayBufferWriter<byte> buffer, string ascii)
    {
        var span = buffer.GetSpan(ascii.Length);
        for (var i = 0; i < ascii.Length; i++)
        {
            span[i] = (byte)ascii[i];
        }

        buffer.Advance(ascii.Length);
    }
}
