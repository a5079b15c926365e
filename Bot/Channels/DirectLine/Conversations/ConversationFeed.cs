namespace GuidanceBot.Bot.Channels.DirectLine.Conversations;

/// <summary>
/// In-process notification of open WebSocket streams, per conversation. Storage stays the source of truth:
/// a stream that misses an event (another instance appended, or its inbox overflowed) catches up from storage.
/// </summary>
public sealed class ConversationFeed
{
    private readonly Dictionary<string, List<FeedSubscription>> _subscribers = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public FeedSubscription Subscribe(string conversationId)
    {
        var subscription = new FeedSubscription(this, conversationId);
        lock (_gate)
        {
            if (!_subscribers.TryGetValue(conversationId, out var list))
            {
                _subscribers[conversationId] = list = [];
            }

            list.Add(subscription);
        }

        return subscription;
    }

    public void Publish(string conversationId, FeedEvent feedEvent)
    {
        lock (_gate)
        {
            if (_subscribers.TryGetValue(conversationId, out var list))
            {
                foreach (var subscription in list)
                {
                    subscription.Post(feedEvent);
                }
            }
        }
    }

    internal void Remove(FeedSubscription subscription)
    {
        lock (_gate)
        {
            if (_subscribers.TryGetValue(subscription.ConversationId, out var list) && list.Remove(subscription) && list.Count == 0)
            {
                _subscribers.Remove(subscription.ConversationId);
            }
        }
    }
}
