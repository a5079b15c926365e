using System.Text.Json;
using GuidanceBot.Bot.Logging;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Dialogs.State;

namespace GuidanceBot.Bot.Channels.DirectLine.Conversations;

/// <summary>
/// Direct Line conversations and their activity logs in the bot's <see cref="IStorage"/>, so a restart loses
/// nothing. Keys: <c>directline-service/conversations/{id}</c> (the record) and <c>.../pages/{n}</c> (20
/// activities each). An activity's sequence number is its position in the log; the watermark is the number of
/// activities a client has seen. Appends are ETag-conditional page writes, retried when another writer won.
/// </summary>
public sealed class ConversationStore(IStorage storage, ConversationFeed feed, RetentionIndex retention, ILogger<ConversationStore> logger)
{
    public const int ActivitiesPerPage = 20;

    private const string Prefix = "directline-service/conversations/";
    private const int MaxAttempts = 10;
    private const int MaxPagesPerRead = 5;

    public async Task<ConversationRecord?> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        (await ReadRecordAsync(conversationId, cancellationToken))?.Record;

    /// <summary>Creates the conversation; false when it already exists (so its welcome runs exactly once).</summary>
    public async Task<bool> TryCreateAsync(ConversationRecord record, CancellationToken cancellationToken)
    {
        // Indexed first: a conversation must never exist without the sweep being able to find it.
        await retention.AddAsync(record.Id, record.CreatedUtc, cancellationToken).ConfigureAwait(false);
        try
        {
            await storage.WriteAsync(
                new Dictionary<string, StoreItem> { [RecordKey(record.Id)] = new(Serialize(record), ETags.New) },
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (EtagException)
        {
            return false;
        }
    }

    /// <summary>
    /// Appends <paramref name="activities"/> in order, giving each its id (<c>{conversationId}|{sequence:0000000}</c>),
    /// and tells open streams. Returns the ids.
    /// </summary>
    public async Task<string[]> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var ids = new string[activities.Count];
        var offset = 0;
        while (offset < activities.Count)
        {
            offset += await AppendToLastPageAsync(conversationId, activities, offset, ids, cancellationToken).ConfigureAwait(false);
        }

        return ids;
    }

    /// <summary>The activities from <paramref name="watermark"/> on (at most a few pages); null when the conversation does not exist.</summary>
    public async Task<ActivitySlice?> ReadAsync(string conversationId, int watermark, CancellationToken cancellationToken)
    {
        var stored = await ReadRecordAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        // Start no later than the last recorded page, so a watermark past the end is answered with the real end.
        var firstPage = Math.Min(watermark / ActivitiesPerPage, stored.Record.LastPage);
        var lastPage = Math.Min(Math.Max(stored.Record.LastPage, firstPage) + 1, firstPage + MaxPagesPerRead - 1);
        var keys = Enumerable.Range(firstPage, lastPage - firstPage + 1).Select(page => PageKey(conversationId, page)).ToArray();
        var items = await storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);

        var from = watermark;
        var activities = new List<ReadOnlyMemory<byte>>();
        for (var page = firstPage; page <= lastPage; page++)
        {
            var pageStart = page * ActivitiesPerPage;
            if (!items.TryGetValue(PageKey(conversationId, page), out var item))
            {
                from = Math.Min(from, pageStart);
                break;
            }

            var count = ActivityPage.Count(item.Utf8Json);
            var isLast = count < ActivitiesPerPage;
            if (isLast)
            {
                from = Math.Min(from, pageStart + count);
            }

            var skip = Math.Max(0, from - pageStart);
            if (skip < count)
            {
                activities.AddRange(ActivityPage.Activities(item.Utf8Json, skip));
            }

            if (isLast)
            {
                break;
            }
        }

        return new ActivitySlice(activities, from + activities.Count);
    }

    /// <summary>When the conversation last saw an activity (its start when it has none); for the retention sweep.</summary>
    public async Task<DateTimeOffset> LastActivityAsync(ConversationRecord record, CancellationToken cancellationToken)
    {
        var keys = new[] { PageKey(record.Id, record.LastPage), PageKey(record.Id, record.LastPage + 1) };
        var items = await storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        var latest = record.CreatedUtc;
        foreach (var key in keys)
        {
            if (items.TryGetValue(key, out var item) && ActivityPage.Count(item.Utf8Json) is > 0 and var count)
            {
                using var last = JsonDocument.Parse(ActivityPage.Activities(item.Utf8Json, count - 1)[0]);
                if (last.RootElement.TryGetProperty("timestamp", out var timestamp) && timestamp.TryGetDateTimeOffset(out var at) && at > latest)
                {
                    latest = at;
                }
            }
        }

        return latest;
    }

    /// <summary>Deletes the conversation and its whole log.</summary>
    public Task DeleteAsync(ConversationRecord record, CancellationToken cancellationToken)
    {
        var keys = Enumerable.Range(0, record.LastPage + 2).Select(page => PageKey(record.Id, page)).Append(RecordKey(record.Id)).ToArray();
        return storage.DeleteAsync(keys, cancellationToken);
    }

    private async Task<int> AppendToLastPageAsync(string conversationId, IReadOnlyList<Activity> activities, int offset, string[] ids, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var conversation = await ReadRecordAsync(conversationId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Direct Line conversation '{conversationId}' no longer exists.");
            var pageNumber = conversation.Record.LastPage;
            var (page, etag) = await ReadPageAsync(conversationId, pageNumber, cancellationToken).ConfigureAwait(false);
            var stored = ActivityPage.Count(page);
            while (stored >= ActivitiesPerPage)
            {
                (page, etag) = await ReadPageAsync(conversationId, ++pageNumber, cancellationToken).ConfigureAwait(false);
                stored = ActivityPage.Count(page);
            }

            var count = Math.Min(activities.Count - offset, ActivitiesPerPage - stored);
            var firstSequence = pageNumber * ActivitiesPerPage + stored;
            var appended = new byte[count][];
            for (var i = 0; i < count; i++)
            {
                var activity = activities[offset + i];
                activity.Id = ActivityId(conversationId, firstSequence + i);
                appended[i] = ProtocolJson.Serialize(activity);
            }

            try
            {
                await storage.WriteAsync(
                    new Dictionary<string, StoreItem> { [PageKey(conversationId, pageNumber)] = new(ActivityPage.Append(page, appended), etag) },
                    cancellationToken).ConfigureAwait(false);
            }
            catch (EtagException)
            {
                BotLog.DirectLineAppendRetried(logger, attempt);
                continue;
            }

            if (pageNumber > conversation.Record.LastPage)
            {
                await AdvanceLastPageAsync(conversation, pageNumber, cancellationToken).ConfigureAwait(false);
            }

            for (var i = 0; i < count; i++)
            {
                ids[offset + i] = activities[offset + i].Id!;
            }

            feed.Publish(conversationId, FeedEvent.Appended(firstSequence, Array.ConvertAll(appended, bytes => (ReadOnlyMemory<byte>)bytes)));
            return count;
        }

        throw new InvalidOperationException($"Could not append to Direct Line conversation '{conversationId}' after {MaxAttempts} attempts.");
    }

    private async Task AdvanceLastPageAsync(StoredRecord stored, int pageNumber, CancellationToken cancellationToken)
    {
        try
        {
            var advanced = stored.Record with { LastPage = pageNumber };
            await storage.WriteAsync(
                new Dictionary<string, StoreItem> { [RecordKey(advanced.Id)] = new(Serialize(advanced), stored.ETag) },
                cancellationToken).ConfigureAwait(false);
        }
        catch (EtagException)
        {
            // Another writer advanced it already; the hint only has to be close, readers walk forward.
        }
    }

    private async Task<StoredRecord?> ReadRecordAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = RecordKey(conversationId);
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(key, out var item)
            ? new StoredRecord(JsonSerializer.Deserialize(item.Utf8Json, ConversationsJsonContext.Default.ConversationRecord)!, item.ETag)
            : null;
    }

    /// <summary>The page's stored bytes (empty when it does not exist yet) and the ETag to write it back with.</summary>
    private async Task<(byte[] Page, string ETag)> ReadPageAsync(string conversationId, int pageNumber, CancellationToken cancellationToken)
    {
        var key = PageKey(conversationId, pageNumber);
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(key, out var item) ? (item.Utf8Json, item.ETag ?? ETags.Any) : ([], ETags.New);
    }

    private static byte[] Serialize(ConversationRecord record) =>
        JsonSerializer.SerializeToUtf8Bytes(record, ConversationsJsonContext.Default.ConversationRecord);

    private static string ActivityId(string conversationId, int sequence) =>
        $"{conversationId}|{sequence.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)}";

    private static string RecordKey(string conversationId) => Prefix + conversationId;

    private static string PageKey(string conversationId, int page) =>
        $"{Prefix}{conversationId}/pages/{page.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)}";

    private sealed record StoredRecord(ConversationRecord Record, string? ETag);
}
