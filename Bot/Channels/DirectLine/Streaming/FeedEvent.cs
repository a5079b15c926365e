using System.Text.Json;

namespace GuidanceBot.Bot.Channels.DirectLine.Streaming;

/// <summary>
/// What an open stream is told: activities appended to the log (with the sequence number of the first, so a
/// stream can spot a gap and catch up from storage), an ephemeral activity (typing: never stored), or a
/// keep-alive tick.
/// </summary>
public sealed record FeedEvent(FeedEventKind Kind, int FirstSequence, IReadOnlyList<JsonElement> Activities)
{
    public static FeedEvent KeepAlive { get; } = new(FeedEventKind.KeepAlive, 0, []);

    public static FeedEvent Appended(int firstSequence, IReadOnlyList<JsonElement> activities) =>
        new(FeedEventKind.Appended, firstSequence, activities);

    public static FeedEvent Ephemeral(JsonElement activity) => new(FeedEventKind.Ephemeral, 0, [activity]);
}
