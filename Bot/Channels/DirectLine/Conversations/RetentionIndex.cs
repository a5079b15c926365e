using System.Globalization;
using System.Text.Json;
using GuidanceBot.Dialogs.State;

namespace GuidanceBot.Bot.Channels.DirectLine.Conversations;

/// <summary>
/// Hourly buckets of conversation ids (<c>directline-service/retention/{yyyyMMddHH}</c>) and the sweep's cursor.
/// A conversation is added when it starts and moved to a later bucket when the sweep finds it still active.
/// </summary>
public sealed class RetentionIndex(IStorage storage)
{
    private const string BucketPrefix = "directline-service/retention/";
    private const string CursorKey = "directline-service/retention-cursor";
    private const int MaxAttempts = 10;

    public static DateTimeOffset HourOf(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }

    public async Task AddAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var key = BucketKey(HourOf(at));
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
            var bucket = items.TryGetValue(key, out var item) ? Deserialize(item) : new RetentionBucket([]);
            if (bucket.ConversationIds.Contains(conversationId, StringComparer.Ordinal))
            {
                return;
            }

            bucket.ConversationIds.Add(conversationId);
            try
            {
                var bytes = JsonSerializer.SerializeToUtf8Bytes(bucket, ConversationsJsonContext.Default.RetentionBucket);
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(bytes, item?.ETag ?? ETags.New) }, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (EtagException) when (attempt < MaxAttempts)
            {
                // Another conversation started in the same hour; read the bucket again.
            }
        }
    }

    /// <summary>The buckets of <paramref name="hours"/> that exist, in one storage read.</summary>
    public async Task<IReadOnlyDictionary<DateTimeOffset, RetentionBucket>> ReadAsync(IReadOnlyList<DateTimeOffset> hours, CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync(hours.Select(BucketKey).ToArray(), cancellationToken).ConfigureAwait(false);
        var found = new Dictionary<DateTimeOffset, RetentionBucket>();
        foreach (var hour in hours)
        {
            if (items.TryGetValue(BucketKey(hour), out var item))
            {
                found[hour] = Deserialize(item);
            }
        }

        return found;
    }

    public Task DeleteAsync(DateTimeOffset hour, CancellationToken cancellationToken) =>
        storage.DeleteAsync([BucketKey(hour)], cancellationToken);

    public async Task<DateTimeOffset?> ReadCursorAsync(CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync([CursorKey], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(CursorKey, out var item)
            ? JsonSerializer.Deserialize(item.Utf8Json, ConversationsJsonContext.Default.RetentionCursor)!.NextHour
            : null;
    }

    public Task WriteCursorAsync(DateTimeOffset nextHour, CancellationToken cancellationToken) =>
        storage.WriteAsync(
            new Dictionary<string, StoreItem>
            {
                [CursorKey] = new(JsonSerializer.SerializeToUtf8Bytes(new RetentionCursor(nextHour), ConversationsJsonContext.Default.RetentionCursor), ETags.Any),
            },
            cancellationToken);

    private static RetentionBucket Deserialize(StoreItem item) =>
        JsonSerializer.Deserialize(item.Utf8Json, ConversationsJsonContext.Default.RetentionBucket)!;

    private static string BucketKey(DateTimeOffset hour) =>
        BucketPrefix + hour.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);
}
