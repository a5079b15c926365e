using GuidanceBot.Dialogs.State;
using Microsoft.Data.Sqlite;

namespace GuidanceBot.Bot.Storage;

/// <summary>
/// <see cref="IStorage"/> in one SQLite file, for one instance. ETags are row versions, and a conditional write is
/// a single statement whose WHERE clause is the condition, so the file decides every race. WAL with
/// <c>synchronous=NORMAL</c> keeps a commit durable against a process crash without an fsync per turn (an OS
/// crash may lose the last commits, never corrupt the file).
/// <para>
/// One connection holds the file's lock for the store's lifetime (<see cref="SqliteFile"/>), so a second instance
/// on the same file fails at start with <see cref="StorageUnavailableException"/> instead of writing behind this
/// one's back. Being the only writer makes a write-through cache of the latest items coherent: reads
/// of recently used keys never reach SQLite. Every change to the cache that follows from the file is made under
/// the same lock as the statement, in commit order; a failed statement closes the connection and empties the
/// cache (the next call opens the file again), so a write that may not have happened is never served from memory.
/// </para>
/// </summary>
public sealed class SqliteStorage : IStorage, IExpiringStorage, IDisposable
{
    /// <summary>Some 6,000 conversations' state (~1.1 KB each): an instance serves its recently active ones from memory.</summary>
    public const long DefaultCacheBytes = 8 * 1024 * 1024;

    /// <summary>Rows one purge statement deletes, so the file is never held for long.</summary>
    private const int PurgeBatchSize = 500;

    /// <summary>How long opening waits for the file's lock: a restart may overlap its predecessor's exit.</summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(2);

    private readonly string _path;
    private readonly TimeProvider _clock;
    private readonly StoreItemCache _cache;

    // Serialises every use of the connection, and every cache change that follows from a statement.
    private readonly Lock _gate = new();
    private SqliteFile? _file;
    private bool _disposed;

    public SqliteStorage(string path, TimeProvider? clock = null, long cacheBytes = DefaultCacheBytes)
    {
        _clock = clock ?? TimeProvider.System;
        _cache = new StoreItemCache(cacheBytes);
        _path = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _file = SqliteFile.Open(_path, LockWait);
    }

    /// <summary>Items the cache holds now (for tests).</summary>
    internal int CachedCount => _cache.Count;

    /// <summary>Background syncs of the write-ahead log by the open connection (for tests).</summary>
    internal int WalSyncs
    {
        get
        {
            lock (_gate)
            {
                return _file?.WalSyncs ?? 0;
            }
        }
    }

    /// <summary>For tests: a full disk for writes that grow the file, until a failure reopens it.</summary>
    internal void CapFileSizeUntilReopened(int pages)
    {
        lock (_gate)
        {
            OpenFile().CapPages(pages);
        }
    }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        List<string>? missed = null;
        foreach (var key in keys)
        {
            if (_cache.TryGet(key, out var cached))
            {
                found[key] = cached;
            }
            else
            {
                (missed ??= []).Add(key);
            }
        }

        if (missed is not null)
        {
            lock (_gate)
            {
                var file = OpenFile();
                foreach (var key in missed)
                {
                    if (Guard((file, key), static s => s.file.Read(s.key)) is { } item)
                    {
                        found[key] = item;
                        _cache.Set(key, item);
                    }
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        var etags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        var now = _clock.GetUtcNow().ToUnixTimeSeconds();
        lock (_gate)
        {
            var file = OpenFile();
            if (changes.Count == 1)
            {
                foreach (var (key, change) in changes)
                {
                    var version = Guard((file, key, change, now), static s => s.file.Write(s.key, s.change, s.now));
                    var etag = SqliteFile.FormatVersion(version ?? throw new EtagException(key));
                    _cache.Set(key, new StoreItem(change.Utf8Json, etag));
                    etags[key] = etag;
                }
            }
            else if (changes.Count > 1)
            {
                Guard((file, changes, now, etags), static s =>
                {
                    var (file, changes, now, etags) = s;

                    // All or nothing: a lost condition rolls back the writes before it.
                    file.Begin();
                    foreach (var (key, change) in changes)
                    {
                        if (file.Write(key, change, now) is not { } version)
                        {
                            file.Rollback();
                            throw new EtagException(key);
                        }

                        etags[key] = SqliteFile.FormatVersion(version);
                    }

                    file.Commit();
                    return true;
                });
                foreach (var (key, change) in changes)
                {
                    _cache.Set(key, new StoreItem(change.Utf8Json, etags[key]));
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var file = OpenFile();
            foreach (var key in keys)
            {
                Guard((file, key), static s =>
                {
                    s.file.Delete(s.key);
                    return true;
                });
                _cache.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, string? keepPrefix, CancellationToken cancellationToken)
    {
        var deleted = 0;
        int batch;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            lock (_gate)
            {
                var file = OpenFile();
                var keys = Guard((file, cutoff, keepPrefix), static s => s.file.DeleteOlderThan(s.cutoff.ToUnixTimeSeconds(), s.keepPrefix, PurgeBatchSize));
                foreach (var key in keys)
                {
                    _cache.Remove(key);
                }

                batch = keys.Count;
            }

            deleted += batch;
        }
        while (batch == PurgeBatchSize);

        return Task.FromResult(deleted);
    }

    /// <summary>Closes the connection, which releases the file for the next instance; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            CloseFile();
        }
    }

    internal static StorageUnavailableException Unavailable(SqliteException error) =>
        new($"The SQLite state store failed (SQLite error {error.SqliteErrorCode}).", error);

    private SqliteFile OpenFile()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _file ??= SqliteFile.Open(_path, LockWait);
    }

    private void CloseFile()
    {
        _file?.Dispose();
        _file = null;
        _cache.Clear();
    }

    /// <summary>Runs a statement; if it fails for any reason but a lost condition, the connection and the cache go.</summary>
    private TResult Guard<TState, TResult>(TState state, Func<TState, TResult> statement)
    {
        try
        {
            return statement(state);
        }
        catch (EtagException)
        {
            throw;
        }
        catch (SqliteException error)
        {
            CloseFile();
            throw Unavailable(error);
        }
        catch
        {
            CloseFile();
            throw;
        }
    }
}
