using System.Collections.Concurrent;
using System.Globalization;
using GuidanceBot.Dialogs.State;
using Microsoft.Data.Sqlite;

namespace GuidanceBot.Bot.Storage;

/// <summary>
/// <see cref="IStorage"/> in one SQLite file. ETags are row versions, and a conditional write is a single
/// statement whose WHERE clause is the condition, so races are decided inside SQLite. WAL with
/// <c>synchronous=NORMAL</c> keeps a commit durable against a process crash without an fsync per turn
/// (an OS crash may lose the last commits, never corrupt the file). Connections stay open in a small pool
/// with their statements prepared, because opening and preparing cost more than the query itself. A failing
/// statement (disk, lock timeout, unreadable file) surfaces as <see cref="StorageUnavailableException"/>.
/// </summary>
public sealed class SqliteStorage : IStorage, IExpiringStorage, IDisposable
{
    private const int MaxPooledConnections = 16;

    /// <summary>Rows one purge statement deletes, so the write lock is never held for long.</summary>
    private const int PurgeBatchSize = 500;

    private readonly string _connectionString;
    private readonly ConcurrentBag<SqliteSession> _pool = [];
    private readonly TimeProvider _clock;

    // SQLite allows one writer at a time; connections that collide get SQLITE_BUSY and back off by sleeping, which
    // under load costs far more than waiting here. Readers are not held (WAL lets them run beside the writer).
    private readonly Lock _writeGate = new();

    public SqliteStorage(string path, TimeProvider? clock = null)
    {
        _clock = clock ?? TimeProvider.System;
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        SqliteSession.Execute(connection, "PRAGMA journal_mode=WAL;");
        SqliteSession.Execute(connection, """
            CREATE TABLE IF NOT EXISTS items (
                key TEXT PRIMARY KEY NOT NULL,
                value BLOB NOT NULL,
                version INTEGER NOT NULL,
                updated_utc INTEGER NOT NULL
            );
            """);
    }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        var session = Rent();
        try
        {
            foreach (var key in keys)
            {
                if (session.Read(key) is { } item)
                {
                    found[key] = item;
                }
            }
        }
        finally
        {
            Return(session);
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        var etags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        var now = _clock.GetUtcNow().ToUnixTimeSeconds();
        var session = Rent();
        try
        {
            using var writing = _writeGate.EnterScope();
            if (changes.Count == 1)
            {
                foreach (var (key, change) in changes)
                {
                    etags[key] = session.Write(key, change, now, transaction: null);
                }
            }
            else
            {
                // All or nothing: a lost condition rolls back the writes before it.
                using var transaction = session.Connection.BeginTransaction();
                foreach (var (key, change) in changes)
                {
                    etags[key] = session.Write(key, change, now, transaction);
                }

                transaction.Commit();
            }
        }
        catch (SqliteException error)
        {
            // Beginning or committing the transaction failed (statements are guarded inside the session).
            session.Broken = true;
            throw SqliteSession.Unavailable(error);
        }
        finally
        {
            Return(session);
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var session = Rent();
        try
        {
            using var writing = _writeGate.EnterScope();
            foreach (var key in keys)
            {
                session.Delete(key);
            }
        }
        finally
        {
            Return(session);
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
            var session = Rent();
            try
            {
                batch = session.DeleteOlderThan(cutoff.ToUnixTimeSeconds(), keepPrefix, PurgeBatchSize);
            }
            finally
            {
                Return(session);
            }

            deleted += batch;
        }
        while (batch == PurgeBatchSize);

        return Task.FromResult(deleted);
    }

    public void Dispose()
    {
        while (_pool.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    private SqliteSession Rent()
    {
        if (_pool.TryTake(out var pooled))
        {
            return pooled;
        }

        try
        {
            return new SqliteSession(_connectionString);
        }
        catch (SqliteException error)
        {
            throw SqliteSession.Unavailable(error);
        }
    }

    private void Return(SqliteSession session)
    {
        if (session.Broken || _pool.Count >= MaxPooledConnections)
        {
            session.Dispose();
            return;
        }

        _pool.Add(session);
    }

    /// <summary>One open connection and its prepared statements; used by one caller at a time.</summary>
    private sealed class SqliteSession : IDisposable
    {
        private readonly SqliteCommand _read;
        private readonly SqliteCommand _upsert;
        private readonly SqliteCommand _insertNew;
        private readonly SqliteCommand _updateIfVersion;
        private readonly SqliteCommand _delete;
        private readonly SqliteCommand _deleteOlderThan;

        public SqliteSession(string connectionString)
        {
            Connection = new SqliteConnection(connectionString);
            Connection.Open();
            Execute(Connection, "PRAGMA synchronous=NORMAL;");
            _read = Prepare("SELECT value, version FROM items WHERE key = $key", "$key");
            _upsert = Prepare("""
                INSERT INTO items (key, value, version, updated_utc) VALUES ($key, $value, 1, $now)
                ON CONFLICT(key) DO UPDATE SET value = excluded.value, version = items.version + 1, updated_utc = excluded.updated_utc
                RETURNING version
                """, "$key", "$value", "$now");
            _insertNew = Prepare("""
                INSERT INTO items (key, value, version, updated_utc) VALUES ($key, $value, 1, $now)
                ON CONFLICT(key) DO NOTHING
                RETURNING version
                """, "$key", "$value", "$now");
            _updateIfVersion = Prepare("""
                UPDATE items SET value = $value, version = version + 1, updated_utc = $now
                WHERE key = $key AND version = $version
                RETURNING version
                """, "$key", "$value", "$now", "$version");
            _delete = Prepare("DELETE FROM items WHERE key = $key", "$key");
            _deleteOlderThan = Prepare("""
                DELETE FROM items WHERE rowid IN (
                    SELECT rowid FROM items
                    WHERE updated_utc < $cutoff AND ($keep IS NULL OR substr(key, 1, length($keep)) <> $keep)
                    LIMIT $limit)
                """, "$cutoff", "$keep", "$limit");
        }

        public SqliteConnection Connection { get; }

        /// <summary>Set when a statement failed for a reason other than a lost condition; the session is not reused.</summary>
        public bool Broken { get; set; }

        public StoreItem? Read(string key) => Guard(() =>
        {
            _read.Parameters[0].Value = key;
            using var reader = _read.ExecuteReader();
            return reader.Read()
                ? new StoreItem((byte[])reader.GetValue(0), reader.GetInt64(1).ToString(CultureInfo.InvariantCulture))
                : null;
        });

        public string Write(string key, StoreItem change, long now, SqliteTransaction? transaction)
        {
            var command = change.ETag switch
            {
                null or ETags.Any => _upsert,
                ETags.New => _insertNew,
                _ => _updateIfVersion,
            };
            command.Transaction = transaction;
            command.Parameters[0].Value = key;
            command.Parameters[1].Value = change.Utf8Json;
            command.Parameters[2].Value = now;
            if (command == _updateIfVersion)
            {
                command.Parameters[3].Value = long.TryParse(change.ETag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1L;
            }

            var newVersion = Guard(command.ExecuteScalar);
            command.Transaction = null;
            return newVersion is long v ? v.ToString(CultureInfo.InvariantCulture) : throw new EtagException(key);
        }

        public void Delete(string key)
        {
            _delete.Parameters[0].Value = key;
            Guard(_delete.ExecuteNonQuery);
        }

        public int DeleteOlderThan(long cutoff, string? keepPrefix, int limit)
        {
            _deleteOlderThan.Parameters[0].Value = cutoff;
            _deleteOlderThan.Parameters[1].Value = (object?)keepPrefix ?? DBNull.Value;
            _deleteOlderThan.Parameters[2].Value = limit;
            return Guard(_deleteOlderThan.ExecuteNonQuery);
        }

        public void Dispose() => Connection.Dispose();

        public static void Execute(SqliteConnection connection, string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        public static StorageUnavailableException Unavailable(SqliteException error) =>
            new($"The SQLite state store failed (SQLite error {error.SqliteErrorCode}).", error);

        private T Guard<T>(Func<T> statement)
        {
            try
            {
                return statement();
            }
            catch (SqliteException error)
            {
                Broken = true;
                throw Unavailable(error);
            }
            catch
            {
                Broken = true;
                throw;
            }
        }

        private SqliteCommand Prepare(string sql, params string[] parameters)
        {
            var command = Connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, null));
            }

            command.Prepare();
            return command;
        }
    }
}
