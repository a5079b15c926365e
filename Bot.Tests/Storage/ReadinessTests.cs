using System.Diagnostics;
using System.Net;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.Storage;

/// <summary><c>/readyz</c> answers quickly even when the store hangs, and says unavailable.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class ReadinessTests
{
    [Fact]
    public async Task AHungStoreMakesReadinessFailWithinItsTimeout()
    {
        await using var server = await BotServer.StartAsync(
            new Dictionary<string, string?> { ["Storage:ReadinessTimeout"] = "00:00:00.500" },
            services => services.AddSingleton<IStorage, HungStorage>());
        var clock = Stopwatch.StartNew();

        var response = await server.Client.GetAsync("readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        // The readiness timeout is 2 s; the bound only proves a hung store does not hang the probe (a loaded box adds seconds).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed}");
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("healthz")).StatusCode);
    }

    [Fact]
    public async Task AnAnsweringStoreIsReady()
    {
        await using var server = await BotServer.StartAsync();

        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("readyz")).StatusCode);
    }

    /// <summary>Blocks its caller's thread, as a synchronous store stuck on a lock would.</summary>
    private sealed class HungStorage : IStorage
    {
        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            Thread.Sleep(TimeSpan.FromSeconds(4));
            return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(new Dictionary<string, StoreItem>());
        }

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
