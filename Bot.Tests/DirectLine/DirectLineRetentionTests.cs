using System.Net;
using GuidanceBot.Bot.Channels.DirectLine.Conversations;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.DirectLine;

/// <summary>Transcripts are deleted once their last activity is older than DirectLine:ConversationRetention, and not before.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class DirectLineRetentionTests : IAsyncLifetime
{
    private readonly ManualClock _clock = ManualClock.Frozen(); // starts at 09:00 UTC
    private BotServer _server = null!;
    private DirectLineTestClient _dl = null!;

    public async Task InitializeAsync()
    {
        _server = await BotServer.StartAsync(
            DirectLineTestClient.Settings(("DirectLine:ConversationRetention", "01:00:00"), ("DirectLine:TokenLifetime", "1.00:00:00")),
            services => services.AddSingleton<TimeProvider>(_clock).AddSingleton<IBot, ScriptedBot>());
        _dl = new DirectLineTestClient(_server);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AnIdleConversationIsDeletedAndAnActiveOneIsKeptUntilItsTurnComes()
    {
        var sweep = _server.Services.GetRequiredService<ConversationRetention>();
        var (idle, idleToken, _) = await _dl.StartAsync();
        var (active, activeToken, _) = await _dl.StartAsync();

        _clock.Advance(TimeSpan.FromHours(2)); // 11:00
        await _dl.PostMessageAsync(active, activeToken, "still here", "r1");
        _clock.Advance(TimeSpan.FromMinutes(45)); // 11:45

        Assert.True(await sweep.SweepAsync(CancellationToken.None) >= 1);
        Assert.Equal(HttpStatusCode.NotFound, (await _dl.SendAsync(HttpMethod.Get, $"conversations/{idle}/activities", idleToken)).Status);
        Assert.Equal(3, (await _dl.GetActivitiesAsync(active, activeToken))["activities"]!.AsArray().Count);

        _clock.Advance(TimeSpan.FromMinutes(80)); // 13:05: an hour after its last activity
        Assert.True(await sweep.SweepAsync(CancellationToken.None) >= 1);
        Assert.Equal(HttpStatusCode.NotFound, (await _dl.SendAsync(HttpMethod.Get, $"conversations/{active}/activities", activeToken)).Status);
    }
}
