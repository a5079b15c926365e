namespace GuidanceBot.Bot.Channels.DirectLine.Conversations;

/// <summary>
/// What an open stream is told: activities appended to the log (with the sequence number of the first, so a
/// stream can spot a gap and catch up from storage), an ephemeral activity (typing: never stored), or a
/// keep-alive tick. Activities are raw JSON, serialized once for every stream.
/// </summary>
public sealed record FeedEvent(FeedEventKind Kind, int FirstSequence, IReadOnlyList<ReadOnlyMemory<byte>> Activities)
{
    public static FeedEvent KeepAlive { get; } = new(FeedEventKind.KeepAlive, 0, []);

    public static FeedEvent CheckStorage { get; } = new(FeedEventKind.CheckStorage, 0, []);

    public static FeedEvent Appended(int firstSequence, IReadOnlyList<ReadOnlyMemory<byte>> activities) =>
        new(FeedEventKind.Appended, firstSequence, activities);

    public static FeedEvent Ephemeral(ReadOnlyMemory<byte> activity) => new(FeedEventKind.Ephemeral, 0, [activity]);
}
