using System.Threading.Channels;

namespace GuidanceBot.Bot.Channels.DirectLine.Conversations;

/// <summary>
/// One open stream's inbox. Bounded and dropping the oldest: a stalled socket cannot make the server hoard
/// activities, and a dropped append shows up as a sequence gap that the stream fills from storage.
/// </summary>
public sealed class FeedSubscription : IDisposable
{
    private const int Capacity = 64;

    private readonly ConversationFeed _feed;
    private readonly Channel<FeedEvent> _inbox = Channel.CreateBounded<FeedEvent>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
    });

    internal FeedSubscription(ConversationFeed feed, string conversationId)
    {
        _feed = feed;
        ConversationId = conversationId;
    }

    public string ConversationId { get; }

    public ChannelReader<FeedEvent> Reader => _inbox.Reader;

    public void Post(FeedEvent feedEvent) => _inbox.Writer.TryWrite(feedEvent);

    /// <summary>Ends the stream's read loop (the client closed the socket).</summary>
    public void Complete() => _inbox.Writer.TryComplete();

    public void Dispose()
    {
        _feed.Remove(this);
        Complete();
    }
}
