using System.Text;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Tests.DirectLine;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Storage;

/// <summary>
/// The contract every <see cref="IStorage"/> back end keeps. Each back end runs the same tests through a
/// subclass, so they cannot drift apart on ETag rules.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public abstract class StorageConformanceTests
{
    protected abstract IStorage Storage { get; }

    /// <summary>
    /// Lets the store's notion of time move past every write so far and returns a cutoff that lies after them
    /// and before any later write (an injected clock for Memory and SQLite; the service's clock for Azure Blob).
    /// </summary>
    protected abstract Task<DateTimeOffset> PassTimeAsync();

    private static byte[] Json(string value) => Encoding.UTF8.GetBytes($"{{\"v\":\"{value}\"}}");

    private static string Text(StoreItem item) => Encoding.UTF8.GetString(item.Utf8Json);

    [Fact]
    public async Task ReadingAMissingKeyReturnsNothing()
    {
        var found = await Storage.ReadAsync(["missing/key"], default);

        Assert.Empty(found);
    }

    [Fact]
    public async Task CreateThenReadReturnsTheValueAndItsETag()
    {
        var etags = await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["a"] = new(Json("1"), ETags.New) }, default);

        var found = await Storage.ReadAsync(["a"], default);

        Assert.Equal("{\"v\":\"1\"}", Text(found["a"]));
        Assert.Equal(etags["a"], found["a"].ETag);
        Assert.False(string.IsNullOrEmpty(etags["a"]));
    }

    [Fact]
    public async Task CreateOnlyFailsWhenTheKeyExists()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["b"] = new(Json("1"), ETags.New) }, default);

        var error = await Assert.ThrowsAsync<EtagException>(() =>
            Storage.WriteAsync(new Dictionary<string, StoreItem> { ["b"] = new(Json("2"), ETags.New) }, default));

        Assert.Equal("b", error.Key);
        Assert.Equal("{\"v\":\"1\"}", Text((await Storage.ReadAsync(["b"], default))["b"]));
    }

    [Fact]
    public async Task UpdateWithTheCurrentETagSucceedsAndChangesTheETag()
    {
        var first = await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["c"] = new(Json("1"), ETags.New) }, default);

        var second = await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["c"] = new(Json("2"), first["c"]) }, default);

        Assert.NotEqual(first["c"], second["c"]);
        Assert.Equal("{\"v\":\"2\"}", Text((await Storage.ReadAsync(["c"], default))["c"]));
    }

    [Fact]
    public async Task UpdateWithAStaleETagFailsAndKeepsTheNewerValue()
    {
        var first = await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["d"] = new(Json("1"), ETags.New) }, default);
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["d"] = new(Json("2"), first["d"]) }, default);

        await Assert.ThrowsAsync<EtagException>(() =>
            Storage.WriteAsync(new Dictionary<string, StoreItem> { ["d"] = new(Json("stale"), first["d"]) }, default));

        Assert.Equal("{\"v\":\"2\"}", Text((await Storage.ReadAsync(["d"], default))["d"]));
    }

    [Fact]
    public async Task UpdateWithAnETagOfAMissingKeyFails()
    {
        await Assert.ThrowsAsync<EtagException>(() =>
            Storage.WriteAsync(new Dictionary<string, StoreItem> { ["never-written"] = new(Json("1"), "42") }, default));
    }

    [Fact]
    public async Task WildcardAndNullETagsOverwriteUnconditionally()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["e"] = new(Json("1"), ETags.Any) }, default);
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["e"] = new(Json("2"), null) }, default);
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["e"] = new(Json("3"), ETags.Any) }, default);

        Assert.Equal("{\"v\":\"3\"}", Text((await Storage.ReadAsync(["e"], default))["e"]));
    }

    [Fact]
    public async Task DeleteRemovesAndToleratesMissingKeys()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["f"] = new(Json("1"), null) }, default);

        await Storage.DeleteAsync(["f", "not-there"], default);

        Assert.Empty(await Storage.ReadAsync(["f"], default));
    }

    [Fact]
    public async Task ConcurrentWritersWithTheSameETagHaveExactlyOneWinner()
    {
        var start = await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["g"] = new(Json("0"), ETags.New) }, default);

        var attempts = Enumerable.Range(1, 8).Select(i => Task.Run(async () =>
        {
            try
            {
                await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["g"] = new(Json(i.ToString()), start["g"]) }, default);
                return true;
            }
            catch (EtagException)
            {
                return false;
            }
        })).ToArray();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(1, outcomes.Count(won => won));
    }

    [Fact]
    public async Task LargeItemsRoundTrip()
    {
        var big = new string('x', 1024 * 1024);

        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["h"] = new(Json(big), null) }, default);

        Assert.Equal(big.Length + 8, (await Storage.ReadAsync(["h"], default))["h"].Utf8Json.Length);
    }

    [Theory]
    [InlineData("msteams/conversations/19:abc@thread.tacv2;messageid=123")]
    [InlineData("directline/users/dl_äöü ☃/x?y#z")]
    [InlineData("a:b/c\\d%20e")]
    [InlineData("/leading//doubled/trailing/")]
    [InlineData("dots/./../end.")]
    [InlineData("tilde~7E~~and emoji 🙂")]
    public async Task KeysWithOddCharactersRoundTrip(string key)
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(Json("odd"), null) }, default);

        Assert.Equal("{\"v\":\"odd\"}", Text((await Storage.ReadAsync([key], default))[key]));
    }

    [Fact]
    public async Task KeysThatDifferOnlyInEscapingStayDistinct()
    {
        string[] keys = ["x/y", "x//y", "x/~2Fy", "x%2Fy", "x\\y", "x.y", "x./y", "X/Y"];
        var changes = keys.ToDictionary(key => key, key => new StoreItem(Json(key), null));

        await Storage.WriteAsync(changes, default);

        var found = await Storage.ReadAsync(keys, default);
        Assert.All(keys, key => Assert.Equal(Encoding.UTF8.GetString(Json(key)), Text(found[key])));
    }

    [Fact]
    public async Task KeysLongerThanABlobNameRoundTripAndStayDistinct()
    {
        var first = "long/" + new string('k', 1500) + "/1";
        var second = "long/" + new string('k', 1500) + "/2";
        var odd = "long/" + string.Concat(Enumerable.Repeat("ä/", 400));

        await Storage.WriteAsync(new Dictionary<string, StoreItem> { [first] = new(Json("1"), ETags.New), [second] = new(Json("2"), ETags.New), [odd] = new(Json("3"), null) }, default);

        var found = await Storage.ReadAsync([first, second, odd], default);
        Assert.Equal("{\"v\":\"1\"}", Text(found[first]));
        Assert.Equal("{\"v\":\"2\"}", Text(found[second]));
        Assert.Equal("{\"v\":\"3\"}", Text(found[odd]));
    }

    [Fact]
    public async Task AStaleETagInABatchWritesNoneOfIt()
    {
        var first = await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["m"] = new(Json("1"), ETags.New) }, default);
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["m"] = new(Json("2"), first["m"]) }, default);

        await Assert.ThrowsAsync<EtagException>(() => Storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["n"] = new(Json("unconditional"), null),
            ["m"] = new(Json("stale"), first["m"]),
        }, default));

        Assert.Empty(await Storage.ReadAsync(["n"], default));
        Assert.Equal("{\"v\":\"2\"}", Text((await Storage.ReadAsync(["m"], default))["m"]));
    }

    [Fact]
    public async Task PurgeDeletesWhatWasNotWrittenSinceTheCutoffAndSparesTheKeptPrefix()
    {
        const string directLine = "directline-service/conversations/c1";
        await Storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["p/old"] = new(Json("1"), null),
            ["p/touched"] = new(Json("1"), null),
            [directLine] = new(Json("1"), null),
        }, default);

        var cutoff = await PassTimeAsync();
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["p/new"] = new(Json("2"), null), ["p/touched"] = new(Json("2"), null) }, default);
        var purged = await ((IExpiringStorage)Storage).PurgeOlderThanAsync(cutoff, "directline-service/", default);

        Assert.Equal(1, purged);
        Assert.Equal([directLine, "p/new", "p/touched"], (await Storage.ReadAsync(["p/old", "p/new", "p/touched", directLine], default)).Keys.Order(StringComparer.Ordinal));

        Assert.Equal(1, await ((IExpiringStorage)Storage).PurgeOlderThanAsync(cutoff, keepPrefix: null, default));
        Assert.Empty(await Storage.ReadAsync([directLine], default));
    }

    [Fact]
    public async Task PurgingAnEmptyStoreDeletesNothing()
    {
        Assert.Equal(0, await ((IExpiringStorage)Storage).PurgeOlderThanAsync(DateTimeOffset.UtcNow.AddYears(1), null, default));
    }

    [Fact]
    public async Task AFailedConditionWritesNoneOfTheBatch()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["i"] = new(Json("1"), ETags.New) }, default);

        await Assert.ThrowsAsync<EtagException>(() => Storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["j"] = new(Json("new"), ETags.New),
            ["i"] = new(Json("conflict"), ETags.New),
        }, default));

        Assert.Empty(await Storage.ReadAsync(["j"], default));
    }
}

public sealed class MemoryStorageConformanceTests : StorageConformanceTests
{
    private readonly ManualClock _clock = ManualClock.Frozen();

    public MemoryStorageConformanceTests() => Storage = new MemoryStorage(_clock);

    protected override IStorage Storage { get; }

    protected override Task<DateTimeOffset> PassTimeAsync()
    {
        _clock.Advance(TimeSpan.FromDays(1));
        return Task.FromResult(_clock.GetUtcNow());
    }
}

public sealed class SqliteStorageConformanceTests : StorageConformanceTests, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("guidancebot-sqlite-").FullName;

    private readonly ManualClock _clock = ManualClock.Frozen();

    private readonly GuidanceBot.Bot.Storage.SqliteStorage _sqlite;

    public SqliteStorageConformanceTests() => _sqlite = new GuidanceBot.Bot.Storage.SqliteStorage(Path.Combine(_directory, "state.db"), _clock);

    protected override IStorage Storage => _sqlite;

    protected override Task<DateTimeOffset> PassTimeAsync()
    {
        _clock.Advance(TimeSpan.FromDays(1));
        return Task.FromResult(_clock.GetUtcNow());
    }

    [Fact]
    public async Task ItemsSurviveReopeningTheFile()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("{\"v\":1}"u8.ToArray(), null) }, default);

        _sqlite.Dispose();
        using var reopened = new GuidanceBot.Bot.Storage.SqliteStorage(Path.Combine(_directory, "state.db"));

        Assert.Single(await reopened.ReadAsync(["k"], default));
    }

    [Fact]
    public async Task AnUnreadableFileIsStorageUnavailableNotACrash()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("{\"v\":1}"u8.ToArray(), null) }, default);
        _sqlite.Dispose(); // closes the connection, as a restart would
        foreach (var file in Directory.GetFiles(_directory))
        {
            File.WriteAllBytes(file, Encoding.UTF8.GetBytes(new string('#', 4096)));
        }

        var error = Assert.Throws<StorageUnavailableException>(() => new GuidanceBot.Bot.Storage.SqliteStorage(Path.Combine(_directory, "state.db")));

        Assert.Contains("SQLite", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _sqlite.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
