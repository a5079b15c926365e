using System.Diagnostics.CodeAnalysis;
using GuidanceBot.Dialogs.State;

namespace GuidanceBot.Bot.Storage;

/// <summary>
/// The latest item of recently used keys, within a byte budget: the least recently used go first, and an item
/// larger than a sixteenth of the budget is not kept at all. Thread-safe. It is only as coherent as its owner
/// makes it: <see cref="SqliteStorage"/> changes it in the order of the file's commits, as the file's only writer.
/// </summary>
internal sealed class StoreItemCache(long byteBudget)
{
    /// <summary>Bytes an entry costs beyond its key and value: the entry, its item, ETag, list node and dictionary slot.</summary>
    private const int EntryOverhead = 200;

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly long _maxEntryBytes = byteBudget / 16;
    private Entry? _newest;
    private Entry? _oldest;
    private long _bytes;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    public bool TryGet(string key, [NotNullWhen(true)] out StoreItem? item)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var entry))
            {
                MoveToNewest(entry);
                item = entry.Item;
                return true;
            }
        }

        item = null;
        return false;
    }

    public void Set(string key, StoreItem item)
    {
        var size = EntryOverhead + 2L * key.Length + item.Utf8Json.Length;
        lock (_gate)
        {
            if (size > _maxEntryBytes)
            {
                if (_entries.Remove(key, out var dropped))
                {
                    Unlink(dropped);
                }

                return;
            }

            if (_entries.TryGetValue(key, out var entry))
            {
                // A turn rewrites the item it read: update the entry where it is rather than allocate another.
                Unlink(entry);
                entry.Item = item;
                entry.Size = size;
            }
            else
            {
                entry = new Entry(key, item, size);
                _entries.Add(key, entry);
            }

            LinkAsNewest(entry);
            while (_bytes > byteBudget && _oldest is { } oldest)
            {
                _entries.Remove(oldest.Key);
                Unlink(oldest);
            }
        }
    }

    public void Remove(string key)
    {
        lock (_gate)
        {
            if (_entries.Remove(key, out var entry))
            {
                Unlink(entry);
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _newest = _oldest = null;
            _bytes = 0;
        }
    }

    private void MoveToNewest(Entry entry)
    {
        if (entry != _newest)
        {
            Unlink(entry);
            LinkAsNewest(entry);
        }
    }

    private void LinkAsNewest(Entry entry)
    {
        entry.Older = _newest;
        entry.Newer = null;
        if (_newest is not null)
        {
            _newest.Newer = entry;
        }

        _newest = entry;
        _oldest ??= entry;
        _bytes += entry.Size;
    }

    private void Unlink(Entry entry)
    {
        if (entry.Newer is null)
        {
            _newest = entry.Older;
        }
        else
        {
            entry.Newer.Older = entry.Older;
        }

        if (entry.Older is null)
        {
            _oldest = entry.Newer;
        }
        else
        {
            entry.Older.Newer = entry.Newer;
        }

        entry.Newer = entry.Older = null;
        _bytes -= entry.Size;
    }

    private sealed class Entry(string key, StoreItem item, long size)
    {
        public string Key { get; } = key;

        public StoreItem Item { get; set; } = item;

        public long Size { get; set; } = size;

        public Entry? Newer { get; set; }

        public Entry? Older { get; set; }
    }
}
