using System.Globalization;
using System.Text;
using GuidanceBot.Dialogs.State;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GuidanceBot.Bot.Storage;

/// <summary>
/// The one connection to the state file, with its statements prepared once. It holds the file's lock from
/// <see cref="Open"/> to <see cref="Dispose"/> (<c>locking_mode=EXCLUSIVE</c>): no file lock per transaction, a
/// WAL index in process memory instead of a shared-memory file, and no second process on the same file. Calls
/// SQLite directly (SQLitePCLRaw, which Microsoft.Data.Sqlite is built on), because for statements this small the
/// ADO.NET layer costs more than SQLite does. Not thread-safe: <see cref="SqliteStorage"/> serialises callers.
/// Failures throw <see cref="SqliteException"/>.
/// </summary>
internal sealed class SqliteFile : IDisposable
{
    private const int KeyParameter = 1;
    private const int ValueParameter = 2;
    private const int NowParameter = 3;
    private const int VersionParameter = 4;

    private readonly sqlite3 _db;
    private readonly WalFlusher _walFlusher;
    private readonly List<sqlite3_stmt> _statements = [];
    private readonly sqlite3_stmt _read;
    private readonly sqlite3_stmt _upsert;
    private readonly sqlite3_stmt _insertNew;
    private readonly sqlite3_stmt _updateIfVersion;
    private readonly sqlite3_stmt _delete;
    private readonly sqlite3_stmt _deleteOlderThan;
    private readonly sqlite3_stmt _begin;
    private readonly sqlite3_stmt _commit;
    private readonly sqlite3_stmt _rollback;
    private byte[] _utf8 = new byte[512];

    static SqliteFile() => Batteries_V2.Init();

    private SqliteFile(sqlite3 db, string path)
    {
        _db = db;
        _walFlusher = new WalFlusher(path);
        _read = Prepare("SELECT value, version FROM items WHERE key = ?1");
        _upsert = Prepare("""
            INSERT INTO items (key, value, version, updated_utc) VALUES (?1, ?2, 1, ?3)
            ON CONFLICT(key) DO UPDATE SET value = excluded.value, version = items.version + 1, updated_utc = excluded.updated_utc
            RETURNING version
            """);
        // The conditional statements know the version they write, so they need no RETURNING (which costs a
        // temporary result table per call): whether a row changed says whether the condition held.
        _insertNew = Prepare("INSERT INTO items (key, value, version, updated_utc) VALUES (?1, ?2, 1, ?3) ON CONFLICT(key) DO NOTHING");
        _updateIfVersion = Prepare("UPDATE items SET value = ?2, version = ?4 + 1, updated_utc = ?3 WHERE key = ?1 AND version = ?4");
        _delete = Prepare("DELETE FROM items WHERE key = ?1");
        _deleteOlderThan = Prepare("""
            DELETE FROM items WHERE rowid IN (
                SELECT rowid FROM items
                WHERE updated_utc < ?1 AND (?2 IS NULL OR substr(key, 1, length(?2)) <> ?2)
                LIMIT ?3)
            RETURNING key
            """);
        _begin = Prepare("BEGIN");
        _commit = Prepare("COMMIT");
        _rollback = Prepare("ROLLBACK");
    }

    /// <summary>
    /// Opens (or creates) the file and takes its lock, waiting up to <paramref name="lockWait"/> for another holder
    /// to let go. Throws <see cref="StorageUnavailableException"/>, saying so when another instance holds the file.
    /// </summary>
    public static SqliteFile Open(string path, TimeSpan lockWait)
    {
        var rc = raw.sqlite3_open_v2(path, out var db, raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_CREATE | raw.SQLITE_OPEN_NOMUTEX, null);
        try
        {
            Check(db, rc, raw.SQLITE_OK);
            raw.sqlite3_busy_timeout(db, (int)lockWait.TotalMilliseconds);
            // Exclusive locking before the first access, so WAL never maps a shared-memory index; the empty
            // exclusive transaction takes the lock now rather than at the first turn.
            Execute(db, "PRAGMA locking_mode=EXCLUSIVE");
            Execute(db, "PRAGMA journal_mode=WAL");
            Execute(db, "PRAGMA synchronous=NORMAL");
            // A checkpoint copies every page changed since the last one and syncs twice, all while turns wait: one
            // every 10,000 WAL pages (commits, near enough) instead of 1,000 rewrites a busy page once instead of ten
            // times. The WAL grows to ~40 MB on disk (not in memory) before it is reused; WalFlusher syncs it as it
            // grows, so the checkpoint's own sync of the log is short.
            Execute(db, "PRAGMA wal_autocheckpoint=10000");
            Execute(db, "BEGIN EXCLUSIVE; COMMIT");
            Execute(db, """
                CREATE TABLE IF NOT EXISTS items (
                    key TEXT PRIMARY KEY NOT NULL,
                    value BLOB NOT NULL,
                    version INTEGER NOT NULL,
                    updated_utc INTEGER NOT NULL
                )
                """);
            raw.sqlite3_busy_timeout(db, 0);
            return new SqliteFile(db, path);
        }
        catch (SqliteException error)
        {
            db.Dispose();
            throw error.SqliteErrorCode is raw.SQLITE_BUSY or raw.SQLITE_LOCKED
                ? new StorageUnavailableException(
                    $"The SQLite file '{path}' is in use by another instance. One SQLite file serves one instance: stop the other one, or use the AzureBlob provider to run several.",
                    error)
                : SqliteStorage.Unavailable(error);
        }
    }

    /// <summary>The item, or null when the key does not exist.</summary>
    public StoreItem? Read(string key)
    {
        BindKey(_read, key);
        try
        {
            if (Step(_read) == raw.SQLITE_DONE)
            {
                return null;
            }

            var value = raw.sqlite3_column_blob(_read, 0).ToArray();
            return new StoreItem(value, FormatVersion(raw.sqlite3_column_int64(_read, 1)));
        }
        finally
        {
            raw.sqlite3_reset(_read);
        }
    }

    /// <summary>Writes if the change's ETag condition holds; returns the new version, or null when it does not.</summary>
    public long? Write(string key, StoreItem change, long now)
    {
        switch (change.ETag)
        {
            case null or ETags.Any:
                BindChange(_upsert, key, change, now);
                return RunReturningVersion(_upsert);
            case ETags.New:
                BindChange(_insertNew, key, change, now);
                return RunCountingChanges(_insertNew) ? 1 : null;
            default:
                if (!long.TryParse(change.ETag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                {
                    return null; // not an ETag this store gave out, so it matches no row
                }

                BindChange(_updateIfVersion, key, change, now);
                Check(_db, raw.sqlite3_bind_int64(_updateIfVersion, VersionParameter, version), raw.SQLITE_OK);
                return RunCountingChanges(_updateIfVersion) ? version + 1 : null;
        }
    }

    public void Delete(string key)
    {
        BindKey(_delete, key);
        Run(_delete);
        _walFlusher.Changed();
    }

    /// <summary>Deletes up to <paramref name="limit"/> items last written before <paramref name="cutoff"/>; returns their keys.</summary>
    public List<string> DeleteOlderThan(long cutoff, string? keepPrefix, int limit)
    {
        Check(_db, raw.sqlite3_bind_int64(_deleteOlderThan, 1, cutoff), raw.SQLITE_OK);
        Check(_db, keepPrefix is null ? raw.sqlite3_bind_null(_deleteOlderThan, 2) : BindText(_deleteOlderThan, 2, keepPrefix), raw.SQLITE_OK);
        Check(_db, raw.sqlite3_bind_int(_deleteOlderThan, 3, limit), raw.SQLITE_OK);
        var deleted = new List<string>();
        try
        {
            while (Step(_deleteOlderThan) == raw.SQLITE_ROW)
            {
                deleted.Add(raw.sqlite3_column_text(_deleteOlderThan, 0).utf8_to_string());
            }
        }
        finally
        {
            raw.sqlite3_reset(_deleteOlderThan);
        }

        _walFlusher.Changed(deleted.Count);
        return deleted;
    }

    /// <summary>Background syncs of the write-ahead log so far (for tests).</summary>
    internal int WalSyncs => _walFlusher.Syncs;

    /// <summary>For tests: writes that grow the file beyond <paramref name="pages"/> fail as on a full disk, until the file is reopened.</summary>
    public void CapPages(int pages) => Execute(_db, $"PRAGMA max_page_count={pages}");

    public void Begin() => Run(_begin);

    public void Commit() => Run(_commit);

    public void Rollback() => Run(_rollback);

    /// <summary>Closes the connection, which ends any open transaction (rolled back) and releases the file.</summary>
    public void Dispose()
    {
        _walFlusher.Dispose(); // before the connection, whose close checkpoints and deletes the WAL
        foreach (var statement in _statements)
        {
            statement.Dispose();
        }

        _db.Dispose();
    }

    public static string FormatVersion(long version) => version.ToString(CultureInfo.InvariantCulture);

    private static void Execute(sqlite3 db, string sql) => Check(db, raw.sqlite3_exec(db, sql), raw.SQLITE_OK);

    private static void Check(sqlite3 db, int rc, int expected)
    {
        if (rc != expected)
        {
            throw new SqliteException(
                $"SQLite Error {rc}: '{raw.sqlite3_errmsg(db).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(db));
        }
    }

    private sqlite3_stmt Prepare(string sql)
    {
        Check(_db, raw.sqlite3_prepare_v3(_db, sql, raw.SQLITE_PREPARE_PERSISTENT, out var statement), raw.SQLITE_OK);
        _statements.Add(statement);
        return statement;
    }

    /// <summary>Steps once; returns <c>SQLITE_ROW</c> or <c>SQLITE_DONE</c>, throws on anything else.</summary>
    private int Step(sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        if (rc is not (raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            Check(_db, rc, raw.SQLITE_DONE);
        }

        return rc;
    }

    private void Run(sqlite3_stmt statement)
    {
        try
        {
            Check(_db, raw.sqlite3_step(statement), raw.SQLITE_DONE);
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    /// <summary>Runs a statement that changes at most one row; says whether it did.</summary>
    private bool RunCountingChanges(sqlite3_stmt statement)
    {
        Run(statement);
        var changed = raw.sqlite3_changes(_db) == 1;
        if (changed)
        {
            _walFlusher.Changed();
        }

        return changed;
    }

    private long? RunReturningVersion(sqlite3_stmt statement)
    {
        try
        {
            if (Step(statement) == raw.SQLITE_DONE)
            {
                return null;
            }

            var version = raw.sqlite3_column_int64(statement, 0);
            // Step to the end: outside a transaction, that is where the statement commits (and may fail).
            Check(_db, raw.sqlite3_step(statement), raw.SQLITE_DONE);
            _walFlusher.Changed();
            return version;
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    private void BindChange(sqlite3_stmt statement, string key, StoreItem change, long now)
    {
        BindKey(statement, key);
        Check(_db, change.Utf8Json.Length == 0
            ? raw.sqlite3_bind_zeroblob(statement, ValueParameter, 0) // an empty span would bind NULL
            : raw.sqlite3_bind_blob(statement, ValueParameter, change.Utf8Json), raw.SQLITE_OK);
        Check(_db, raw.sqlite3_bind_int64(statement, NowParameter, now), raw.SQLITE_OK);
    }

    private void BindKey(sqlite3_stmt statement, string key) => Check(_db, BindText(statement, KeyParameter, key), raw.SQLITE_OK);

    /// <summary>
    /// Binds UTF-8 encoded the way Microsoft.Data.Sqlite wrote the keys before (a lone surrogate becomes U+FFFD),
    /// through a reused buffer rather than a new array per call.
    /// </summary>
    private int BindText(sqlite3_stmt statement, int index, string text)
    {
        if (text.Length == 0)
        {
            return raw.sqlite3_bind_text(statement, index, string.Empty); // an empty span would bind NULL
        }

        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_utf8.Length < maxBytes)
        {
            _utf8 = new byte[Math.Max(maxBytes, _utf8.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(text, _utf8);
        return raw.sqlite3_bind_text(statement, index, _utf8.AsSpan(0, length));
    }
}
