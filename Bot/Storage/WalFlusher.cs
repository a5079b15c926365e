namespace GuidanceBot.Bot.Storage;

/// <summary>
/// Syncs the SQLite write-ahead log to disk on a background thread after every <see cref="ChangesPerSync"/> changes,
/// so a checkpoint finds little left to sync. With <c>synchronous=NORMAL</c> commits never sync; the checkpoint syncs
/// the whole log first while every turn waits on the connection (the measurement is in bench/README.md). Synced here
/// in ~1 MB steps, the data reaches the disk just the same, without a turn waiting for it.
/// <para>
/// Only the WAL file is opened, never the database file, so closing this handle cannot drop SQLite's POSIX locks
/// (those are on the database file). A failure to open or sync stops only this help: durability stays exactly as
/// SQLite alone keeps it, because the checkpoint still syncs.
/// </para>
/// </summary>
internal sealed class WalFlusher : IDisposable
{
    /// <summary>About 1 MB of WAL: a state item is one ~4 KB page per change.</summary>
    public const int ChangesPerSync = 256;

    private readonly string _walPath;
    private readonly SemaphoreSlim _due = new(0, 1);
    private readonly Thread _thread;
    private FileStream? _wal;
    private int _changes;
    private volatile bool _stopping;
    private int _syncs;
    private int _wakeups;

    public WalFlusher(string databasePath)
    {
        _walPath = databasePath + "-wal";
        _thread = new Thread(Run) { IsBackground = true, Name = "SQLite WAL sync" };
        _thread.Start();
    }

    /// <summary>Syncs done so far (for tests).</summary>
    internal int Syncs => Volatile.Read(ref _syncs);

    /// <summary>Times the thread woke and handled a batch, synced or not (for tests: a signal that it looked).</summary>
    internal int Wakeups => Volatile.Read(ref _wakeups);

    /// <summary>Counts changes just committed; every <see cref="ChangesPerSync"/> of them wakes the sync thread.</summary>
    public void Changed(int count = 1)
    {
        if (Interlocked.Add(ref _changes, count) >= ChangesPerSync && _due.CurrentCount == 0)
        {
            try
            {
                _due.Release();
            }
            catch (SemaphoreFullException)
            {
                // another caller woke it a moment ago
            }
        }
    }

    public void Dispose()
    {
        _stopping = true;
        try
        {
            _due.Release();
        }
        catch (SemaphoreFullException)
        {
            // already woken for a sync: it sees _stopping right after
        }

        _thread.Join();
        _wal?.Dispose();
        _due.Dispose();
    }

    private void Run()
    {
        var failed = false;
        while (true)
        {
            _due.Wait();
            if (_stopping)
            {
                return;
            }

            Interlocked.Exchange(ref _changes, 0);
            try
            {
                if (failed)
                {
                    continue;
                }

                // Opened at the first sync: SQLite creates the WAL file with its first write.
                _wal ??= new FileStream(_walPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
                _wal.Flush(flushToDisk: true);
                Interlocked.Increment(ref _syncs);
            }
            catch (FileNotFoundException)
            {
                // not written yet
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                failed = true; // a file that cannot be synced now will not be later; the checkpoints still sync it
            }
            finally
            {
                Interlocked.Increment(ref _wakeups);
            }
        }
    }
}
