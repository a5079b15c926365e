using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.DirectLine;

/// <summary>
/// The stored activity log on the default back end (SQLite): pages of 20, sequential ids under concurrent
/// posts (ETag races retried), and watermarks that never skip or repeat.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class DirectLineActivityLogTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private BotServer _server = null!;
    private DirectLineTestClient _dl = null!;

    public async Task InitializeAsync()
    {
        _server = await BotServer.StartAsync(DirectLineTestClient.Settings(_database.Settings), services => services.AddSingleton<IBot, ScriptedBot>());
        _dl = new DirectLineTestClient(_server);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task ConcurrentPostsGetDistinctSequentialIdsAcrossPages()
    {
        var (conversationId, token, _) = await _dl.StartAsync();

        var ids = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => _dl.PostMessageAsync(conversationId, token, $"m{i}", $"c{i}")));

        Assert.Equal(12, ids.Distinct().Count());
        var log = await _dl.GetActivitiesAsync(conversationId, token);
        var activities = log["activities"]!.AsArray();
        Assert.Equal(25, activities.Count); // welcome + 12 echoes + 12 replies, over two pages
        Assert.Equal("25", (string?)log["watermark"]);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => DirectLineTestClient.ActivityId(conversationId, i)), activities.Select(a => (string)a!["id"]!));
        foreach (var id in ids)
        {
            var reply = Assert.Single(activities, a => (string?)a!["replyToId"] == id)!;
            var echo = activities.Single(a => (string?)a!["id"] == id)!;
            Assert.Equal("echo: " + (string?)echo["text"], (string?)reply["text"]);
        }
    }

    [Fact]
    public async Task ReadingFromAWatermarkReturnsOnlyNewerActivitiesAcrossAPageBoundary()
    {
        var (conversationId, token, _) = await _dl.StartAsync();
        for (var i = 0; i < 12; i++)
        {
            await _dl.PostMessageAsync(conversationId, token, $"m{i}", $"c{i}");
        }

        var tail = await _dl.GetActivitiesAsync(conversationId, token, "18");

        Assert.Equal(Enumerable.Range(18, 7).Select(i => DirectLineTestClient.ActivityId(conversationId, i)), tail["activities"]!.AsArray().Select(a => (string)a!["id"]!));
        Assert.Equal("25", (string?)tail["watermark"]);
    }

    [Fact]
    public async Task AWatermarkPastTheEndIsAnsweredWithTheRealEnd()
    {
        var (conversationId, token, _) = await _dl.StartAsync();
        await _dl.PostMessageAsync(conversationId, token, "hi", "c1");

        var log = await _dl.GetActivitiesAsync(conversationId, token, "999");

        Assert.Empty(log["activities"]!.AsArray());
        Assert.Equal("3", (string?)log["watermark"]);
        var id = await _dl.PostMessageAsync(conversationId, token, "next", "c2");
        Assert.Equal(id, (string?)(await _dl.GetActivitiesAsync(conversationId, token, "3"))["activities"]![0]!["id"]);
    }

    [Fact]
    public async Task TwoConversationsKeepSeparateLogs()
    {
        var (conversationA, tokenA, _) = await _dl.StartAsync();
        var (conversationB, tokenB, _) = await _dl.StartAsync();

        await _dl.PostMessageAsync(conversationA, tokenA, "for A", "a1");

        Assert.Equal(["welcome", "for A", "echo: for A"], (await _dl.GetActivitiesAsync(conversationA, tokenA))["activities"]!.AsArray().Select(a => (string)a!["text"]!));
        Assert.Equal(["welcome"], (await _dl.GetActivitiesAsync(conversationB, tokenB))["activities"]!.AsArray().Select(a => (string)a!["text"]!));
        Assert.Equal(DirectLineTestClient.ActivityId(conversationB, 0), (string?)(await _dl.GetActivitiesAsync(conversationB, tokenB))["activities"]![0]!["id"]);
    }
}
