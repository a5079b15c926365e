using System.Diagnostics;
using System.Text;
using GuidanceBot.Bot.Storage;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Storage;

/// <summary>
/// The background sync of SQLite's write-ahead log: it runs once per batch of changes, waits for a log that does
/// not exist yet, and the SQLite store drives it without changing what it stores.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class WalFlusherTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly string _directory = Directory.CreateTempSubdirectory("guidancebot-wal-").FullName;

    private string DatabasePath => Path.Combine(_directory, "state.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void ABatchOfChangesSyncsTheLogOnce()
    {
        File.WriteAllBytes(DatabasePath + "-wal", new byte[4096]);
        using var flusher = new WalFlusher(DatabasePath);

        flusher.Changed(WalFlusher.ChangesPerSync - 1);
        flusher.Changed();
        WaitFor(() => flusher.Wakeups == 1);
        Assert.Equal(1, flusher.Syncs);

        flusher.Changed(WalFlusher.ChangesPerSync);
        WaitFor(() => flusher.Syncs == 2);
    }

    [Fact]
    public void ALogNotWrittenYetIsSyncedOnceItExists()
    {
        using var flusher = new WalFlusher(DatabasePath);
        flusher.Changed(WalFlusher.ChangesPerSync);
        WaitFor(() => flusher.Wakeups == 1);
        Assert.Equal(0, flusher.Syncs);

        File.WriteAllBytes(DatabasePath + "-wal", new byte[4096]);
        flusher.Changed(WalFlusher.ChangesPerSync);

        WaitFor(() => flusher.Syncs == 1);
    }

    [Fact]
    public void DisposeStopsTheThreadPromptly()
    {
        var flusher = new WalFlusher(DatabasePath);
        var clock = Stopwatch.StartNew();

        flusher.Dispose();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task TheSqliteStoreSyncsItsLogAsItWritesAndKeepsEveryItem()
    {
        const int items = WalFlusher.ChangesPerSync * 3;
        using (var storage = new SqliteStorage(DatabasePath))
        {
            for (var i = 0; i < items; i++)
            {
                await storage.WriteAsync(Change($"k{i}", $"v{i}"), default);
            }

            WaitFor(() => storage.WalSyncs >= 2);
        }

        using var reopened = new SqliteStorage(DatabasePath);
        var found = await reopened.ReadAsync([.. Enumerable.Range(0, items).Select(i => $"k{i}")], default);
        Assert.Equal(items, found.Count);
        Assert.Equal("v7", Encoding.UTF8.GetString(found["k7"].Utf8Json));
    }

    private static void WaitFor(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Patience, "the background sync did not happen in time");
            Thread.Sleep(10);
        }
    }

    private static Dictionary<string, StoreItem> Change(string key, string value) =>
        new() { [key] = new StoreItem(Encoding.UTF8.GetBytes(value), ETags.Any) };
}
