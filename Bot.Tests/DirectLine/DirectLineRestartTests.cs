using System.Net;
using System.Net.WebSockets;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.DirectLine;

/// <summary>
/// A process restart in the middle of a conversation: same SQLite file and same secret, so Web Chat carries on
/// with the token and watermark it already has, and open streams were closed cleanly ("going away").
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class DirectLineRestartTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AConversationContinuesAfterARestartWithTheSameTokenAndWatermark()
    {
        string conversationId, token, watermark;
        WebSocketCloseStatus? closeStatus;
        await using (var before = await StartAsync())
        {
            var dl = new DirectLineTestClient(before);
            (conversationId, token, var started) = await dl.StartAsync();
            await dl.PostMessageAsync(conversationId, token, "before the restart", "b1");
            watermark = (string)(await dl.GetActivitiesAsync(conversationId, token))["watermark"]!;
            Assert.Equal("3", watermark);

            var stream = await StreamClient.ConnectAsync((string)started["streamUrl"]!);
            await stream.ReceiveUntilWatermarkAsync("3");
            var stopping = before.DisposeAsync();
            Assert.Null(await stream.ReceiveTextAsync()); // the server's close frame
            closeStatus = stream.Socket.CloseStatus;
            await stopping;
            await stream.DisposeAsync();
        }

        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, closeStatus);

        await using var after = await StartAsync();
        var resumed = new DirectLineTestClient(after);
        var nothingNew = await resumed.GetActivitiesAsync(conversationId, token, watermark);
        Assert.Empty(nothingNew["activities"]!.AsArray());
        Assert.Equal(watermark, (string?)nothingNew["watermark"]);

        var (status, _) = await resumed.SendAsync(HttpMethod.Post, "conversations", token, "{}");
        Assert.Equal(HttpStatusCode.OK, status); // resumed, not started again: no second welcome

        var id = await resumed.PostMessageAsync(conversationId, token, "after the restart", "a1");
        Assert.Equal(DirectLineTestClient.ActivityId(conversationId, 3), id);
        var newer = await resumed.GetActivitiesAsync(conversationId, token, watermark);
        Assert.Equal(["after the restart", "echo: after the restart"], newer["activities"]!.AsArray().Select(a => (string)a!["text"]!));
        var all = (await resumed.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray();
        Assert.Equal(["welcome", "before the restart", "echo: before the restart", "after the restart", "echo: after the restart"], all.Select(a => (string)a!["text"]!));
    }

    private Task<BotServer> StartAsync() =>
        BotServer.StartAsync(DirectLineTestClient.Settings(_database.Settings), services => services.AddSingleton<IBot, ScriptedBot>());
}
