namespace GuidanceBot.Dialogs.State;

/// <summary>In-process storage for tests and single-instance development; same ETag rules as the durable stores.</summary>
public sealed class MemoryStorage(TimeProvider? clock = null) : IStorage, IExpiringStorage
{
    private readonly Dictionary<string, Entry> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private long _version;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var entry))
                {
                    found[key] = entry.Item;
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        var etags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            foreach (var (key, change) in changes)
            {
                _items.TryGetValue(key, out var current);
                if (!ConditionHolds(change.ETag, current?.Item.ETag))
                {
                    throw new EtagException(key);
                }
            }

            foreach (var (key, change) in changes)
            {
                var etag = (++_version).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _items[key] = new Entry(new StoreItem(change.Utf8Json, etag), now);
                etags[key] = etag;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, string? keepPrefix, CancellationToken cancellationToken)
    {
        var deleted = 0;
        lock (_gate)
        {
            foreach (var (key, entry) in _items)
            {
                // Removing the current entry while enumerating is allowed for Dictionary since .NET Core 3.0.
                if (entry.WrittenAt < cutoff && !(keepPrefix is not null && key.StartsWith(keepPrefix, StringComparison.Ordinal)) && _items.Remove(key))
                {
                    deleted++;
                }
            }
        }

        return Task.FromResult(deleted);
    }

    /// <summary>The shared ETag rule; durable stores express the same thing as SQL conditions or HTTP headers.</summary>
    public static bool ConditionHolds(string? expected, string? current) => expected switch
    {
        null or ETags.Any => true,
        ETags.New => current is null,
        _ => current is not null && string.Equals(expected, current, StringComparison.Ordinal),
    };

    private sealed record Entry(StoreItem Item, DateTimeOffset WrittenAt);
}
