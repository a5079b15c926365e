using GuidanceBot.Bot.Storage;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Tests.DirectLine;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Tests.Storage;

/// <summary>The retention job: what it deletes, what it spares, and that the host runs it on its own.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class StorageRetentionTests
{
    private static readonly byte[] Value = "{}"u8.ToArray();

    [Fact]
    public async Task StateNotWrittenWithinTheRetentionIsPurgedAndDirectLineTranscriptsAreLeftToDirectLine()
    {
        var clock = ManualClock.Frozen();
        var storage = new MemoryStorage(clock);
        var retention = new StorageRetention(storage, clock, Options.Create(new StorageOptions { Retention = TimeSpan.FromDays(30) }), NullLogger<StorageRetention>.Instance);
        await storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["msteams/conversations/idle"] = new(Value, null),
            ["msteams/conversations/active"] = new(Value, null),
            ["directline-service/conversations/c1"] = new(Value, null),
        }, default);

        clock.Advance(TimeSpan.FromDays(29));
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["msteams/conversations/active"] = new(Value, null) }, default);
        Assert.Equal(0, await retention.PurgeAsync(default));

        clock.Advance(TimeSpan.FromDays(2)); // idle: 31 days, active: 2 days

        Assert.Equal(1, await retention.PurgeAsync(default));
        var left = await storage.ReadAsync(["msteams/conversations/idle", "msteams/conversations/active", "directline-service/conversations/c1"], default);
        Assert.Equal(["directline-service/conversations/c1", "msteams/conversations/active"], left.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheHostPurgesEveryIntervalWithoutBeingAsked()
    {
        var clock = ManualClock.Frozen();
        await using var server = await BotServer.StartAsync(
            new Dictionary<string, string?> { ["Storage:Retention"] = "1.00:00:00", ["Storage:PurgeInterval"] = "00:00:00.100" },
            services => services.AddSingleton<TimeProvider>(clock));
        var storage = server.Services.GetRequiredService<IStorage>();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["msteams/users/u1"] = new(Value, null) }, default);
        var retention = server.Services.GetRequiredService<StorageRetention>();
        var passes = retention.Passes;
        var waitedForPass = System.Diagnostics.Stopwatch.StartNew();
        while (retention.Passes < passes + 2)
        {
            Assert.True(waitedForPass.Elapsed < TimeSpan.FromSeconds(10), "The retention job did not run within 10 s.");
            await Task.Delay(20);
        }

        Assert.Single(await storage.ReadAsync(["msteams/users/u1"], default)); // a pass ran after the write: not yet due

        clock.Advance(TimeSpan.FromDays(2));

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await storage.ReadAsync(["msteams/users/u1"], default)).Count > 0)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "The retention job did not purge within 10 s.");
            await Task.Delay(50);
        }
    }
}
