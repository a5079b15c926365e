using GuidanceBot.Dialogs.State;
using Microsoft.Data.Sqlite;

namespace GuidanceBot.Bot.Storage;

/// <summary>
/// <see cref="IStorage"/> in one SQLite file (WAL, pooled connections). ETags are row versions; a
/// conditional write is one UPDATE/INSERT whose WHERE clause is the condition, so races are decided by SQLite.
/// </summary>
public sealed class SqliteStorage : IStorage
{
    private readonly string _connectionString;

    public SqliteStorage(string path)
    {
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, """
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
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value, version FROM items WHERE key = $key";
        var keyParameter = command.Parameters.Add("$key", SqliteType.Text);
        foreach (var key in keys)
        {
            keyParameter.Value = key;
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                found[key] = new StoreItem((byte[])reader.GetValue(0), reader.GetInt64(1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        var etags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        foreach (var (key, change) in changes)
        {
            etags[key] = WriteOne(connection, transaction, key, change);
        }

        transaction.Commit();
        return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM items WHERE key = $key";
        var keyParameter = command.Parameters.Add("$key", SqliteType.Text);
        foreach (var key in keys)
        {
            keyParameter.Value = key;
            command.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    private static string WriteOne(SqliteConnection connection, SqliteTransaction transaction, string key, StoreItem change)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = change.ETag switch
        {
            null or ETags.Any => """
                INSERT INTO items (key, value, version, updated_utc) VALUES ($key, $value, 1, $now)
                ON CONFLICT(key) DO UPDATE SET value = excluded.value, version = items.version + 1, updated_utc = excluded.updated_utc
                RETURNING version
                """,
            ETags.New => """
                INSERT INTO items (key, value, version, updated_utc) VALUES ($key, $value, 1, $now)
                ON CONFLICT(key) DO NOTHING
                RETURNING version
                """,
            _ => """
                UPDATE items SET value = $value, version = version + 1, updated_utc = $now
                WHERE key = $key AND version = $version
                RETURNING version
                """,
        };
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", change.Utf8Json);
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        if (change.ETag is not (null or ETags.Any or ETags.New))
        {
            command.Parameters.AddWithValue("$version", long.TryParse(change.ETag, out var version) ? version : -1);
        }

        var newVersion = command.ExecuteScalar();
        return newVersion is long v
            ? v.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : throw new EtagException(key);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
