using System.Diagnostics;
using System.Globalization;
using System.Text;
using GuidanceBot.Bot.Storage;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Tests.DirectLine;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Storage;

/// <summary>
/// What the SQLite store adds to the shared contract (<see cref="SqliteStorageConformanceTests"/>): it holds its file
/// alone, and its in-memory copy of recent items never disagrees with the file.
/// </summary>
[Trait("Category", TestCategories.RealClients)]
public sealed class SqliteStorageTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("guidancebot-sqlite-").FullName;

    private string DatabasePath => Path.Combine(_directory, "state.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void ASecondInstanceOnTheSameFileFailsSoonAndSaysWhy()
    {
        using var first = new SqliteStorage(DatabasePath);
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<StorageUnavailableException>(() => new SqliteStorage(DatabasePath));

        Assert.Contains("in use by another instance", error.Message, StringComparison.Ordinal);
        Assert.Contains(DatabasePath, error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task DisposeReleasesTheFile()
    {
        var first = new SqliteStorage(DatabasePath);
        await first.WriteAsync(Change("k", "1", ETags.New), default);
        first.Dispose();

        using var second = new SqliteStorage(DatabasePath);

        Assert.Equal("1", Text((await second.ReadAsync(["k"], default))["k"]));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => first.ReadAsync(["k"], default));
    }

    [Fact]
    public async Task ABotProcessHoldsItsFileAndASecondOneFailsToStartRatherThanHang()
    {
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__SqlitePath"] = DatabasePath,
            ["DirectLine__Secret"] = "lock-test-secret",
        };
        await using var running = await BotProcess.StartAsync(environment);

        var error = Assert.Throws<StorageUnavailableException>(() => new SqliteStorage(DatabasePath));
        var second = await Assert.ThrowsAsync<InvalidOperationException>(() => BotProcess.StartAsync(environment));

        Assert.Contains("in use by another instance", error.Message, StringComparison.Ordinal);
        Assert.Contains("exited", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadsAfterDeleteAndPurgeFindNothing()
    {
        var clock = ManualClock.Frozen();
        using var storage = new SqliteStorage(DatabasePath, clock);
        await storage.WriteAsync(Change("deleted", "1", ETags.New), default);
        await storage.WriteAsync(Change("purged", "1", ETags.New), default);
        Assert.Equal(2, (await storage.ReadAsync(["deleted", "purged"], default)).Count);
        Assert.Equal(2, storage.CachedCount);

        await storage.DeleteAsync(["deleted"], default);
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await storage.PurgeOlderThanAsync(clock.GetUtcNow(), keepPrefix: null, default));

        Assert.Empty(await storage.ReadAsync(["deleted", "purged"], default));
        Assert.Equal(0, storage.CachedCount);
        await storage.WriteAsync(Change("deleted", "again", ETags.New), default);
        Assert.Equal("again", Text((await storage.ReadAsync(["deleted"], default))["deleted"]));
    }

    [Fact]
    public async Task WhatIsServedFromMemoryIsWhatTheFileHolds()
    {
        string[] keys = ["a", "b", "c", "d"];
        IReadOnlyDictionary<string, StoreItem> served;
        using (var storage = new SqliteStorage(DatabasePath))
        {
            var a = await storage.WriteAsync(Change("a", "1", ETags.New), default);
            await storage.WriteAsync(Change("a", "2", a["a"]), default);
            await Assert.ThrowsAsync<EtagException>(() => storage.WriteAsync(Change("a", "stale", a["a"]), default));
            await storage.WriteAsync(Change("b", "1", null), default);
            await Assert.ThrowsAsync<EtagException>(() => storage.WriteAsync(Change("b", "exists", ETags.New), default));
            await Assert.ThrowsAsync<EtagException>(() => storage.WriteAsync(new Dictionary<string, StoreItem>
            {
                ["c"] = new(Encoding.UTF8.GetBytes("batch"), null),
                ["b"] = new(Encoding.UTF8.GetBytes("batch"), "999"),
            }, default));
            await storage.WriteAsync(Change("d", "1", null), default);
            await storage.DeleteAsync(["d"], default);
            served = await storage.ReadAsync(keys, default);
        }

        using var reopened = new SqliteStorage(DatabasePath);
        var stored = await reopened.ReadAsync(keys, default);

        Assert.Equal(["a", "b"], served.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("2", Text(served["a"]));
        Assert.Equal("1", Text(served["b"]));
        Assert.All(served, item => Assert.Equal((Text(item.Value), item.Value.ETag), (Text(stored[item.Key]), stored[item.Key].ETag)));
        Assert.Equal(served.Count, stored.Count);
    }

    [Fact]
    public async Task AWriteThatFailsOnDiskLeavesNoTraceInMemoryAndTheStoreRecovers()
    {
        using var storage = new SqliteStorage(DatabasePath);
        var first = await storage.WriteAsync(Change("k", "small", ETags.New), default);
        Assert.Equal("small", Text((await storage.ReadAsync(["k"], default))["k"]));
        storage.CapFileSizeUntilReopened(pages: 8);

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() =>
            storage.WriteAsync(Change("k", new string('x', 256 * 1024), first["k"]), default));

        Assert.Contains("SQLite", error.Message, StringComparison.Ordinal);
        var found = (await storage.ReadAsync(["k"], default))["k"];
        Assert.Equal(("small", first["k"]), (Text(found), found.ETag));
        await storage.WriteAsync(Change("k", "after", first["k"]), default);
        Assert.Equal("after", Text((await storage.ReadAsync(["k"], default))["k"]));
    }

    [Fact]
    public async Task TheCacheStaysWithinItsBudgetAndEvictedItemsComeFromTheFile()
    {
        using var storage = new SqliteStorage(DatabasePath, cacheBytes: 64 * 1024);
        var value = new string('v', 1000);
        for (var i = 0; i < 300; i++)
        {
            await storage.WriteAsync(Change(Key(i), value + i.ToString(CultureInfo.InvariantCulture), ETags.New), default);
        }

        Assert.InRange(storage.CachedCount, 1, 64 * 1024 / 1000);
        var found = await storage.ReadAsync(Enumerable.Range(0, 300).Select(Key).ToArray(), default);
        Assert.Equal(300, found.Count);
        Assert.All(Enumerable.Range(0, 300), i => Assert.Equal(value + i.ToString(CultureInfo.InvariantCulture), Text(found[Key(i)])));
        Assert.InRange(storage.CachedCount, 1, 64 * 1024 / 1000);
    }

    [Fact]
    public async Task ConcurrentWritersToDifferentKeysAllSucceed()
    {
        const int Writers = 16;
        const int TurnsEach = 40;
        using (var storage = new SqliteStorage(DatabasePath))
        {
            await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
            {
                for (var turn = 0; turn < TurnsEach; turn++)
                {
                    // A turn: read the counter, write it back incremented, on the ETag that was read.
                    var key = Key(writer);
                    var found = await storage.ReadAsync([key], default);
                    var count = found.TryGetValue(key, out var item) ? int.Parse(Text(item), CultureInfo.InvariantCulture) : 0;
                    await storage.WriteAsync(Change(key, (count + 1).ToString(CultureInfo.InvariantCulture), item?.ETag ?? ETags.New), default);
                }
            })));
        }

        using var reopened = new SqliteStorage(DatabasePath);
        var counters = await reopened.ReadAsync(Enumerable.Range(0, Writers).Select(Key).ToArray(), default);
        Assert.All(counters.Values, item => Assert.Equal(TurnsEach.ToString(CultureInfo.InvariantCulture), Text(item)));
        Assert.Equal(Writers, counters.Count);
    }

    [Fact]
    public async Task ConcurrentWritersToTheSameKeyHaveExactlyOneWinnerEveryRound()
    {
        using var storage = new SqliteStorage(DatabasePath);
        var etag = (await storage.WriteAsync(Change("same", "start", ETags.New), default))["same"];
        for (var round = 0; round < 10; round++)
        {
            var condition = etag;
            var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(writer => Task.Run(async () =>
            {
                try
                {
                    return (await storage.WriteAsync(Change("same", $"{round}/{writer}", condition), default))["same"];
                }
                catch (EtagException)
                {
                    return null;
                }
            })));

            etag = Assert.Single(outcomes, outcome => outcome is not null)!;
            var found = (await storage.ReadAsync(["same"], default))["same"];
            Assert.Equal(etag, found.ETag);
            Assert.StartsWith($"{round}/", Text(found), StringComparison.Ordinal);
        }
    }

    private static string Key(int i) => $"msteams/conversations/a:conv-{i:D5}";

    private static Dictionary<string, StoreItem> Change(string key, string value, string? etag) =>
        new() { [key] = new StoreItem(Encoding.UTF8.GetBytes(value), etag) };

    private static string Text(StoreItem item) => Encoding.UTF8.GetString(item.Utf8Json);
}
