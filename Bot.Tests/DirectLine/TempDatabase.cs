using Microsoft.Data.Sqlite;

namespace GuidanceBot.Tests.DirectLine;

/// <summary>A SQLite file under the temp folder for one test, deleted (with its WAL files) afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"guidancebot-dl-{Guid.NewGuid():N}.db");

    public (string, string?)[] Settings => [("Storage:Provider", "Sqlite"), ("Storage:SqlitePath", Path)];

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }
}
