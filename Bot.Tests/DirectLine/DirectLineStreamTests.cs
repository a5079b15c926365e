using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.DirectLine;

/// <summary>The WebSocket stream with a real <see cref="ClientWebSocket"/>, against a scripted bot so every frame is predictable.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class DirectLineStreamTests : IAsyncLifetime
{
    private BotServer _server = null!;
    private DirectLineTestClient _dl = null!;

    public async Task InitializeAsync()
    {
        _server = await BotServer.StartAsync(
            DirectLineTestClient.Settings(("DirectLine:StreamKeepAlive", "00:00:00.300")),
            services => services.AddSingleton<IBot, ScriptedBot>());
        _dl = new DirectLineTestClient(_server);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task TheStreamReplaysTheLogThenPushesTheEchoAndTheReply()
    {
        var (conversationId, token, started) = await _dl.StartAsync();
        await using var stream = await StreamClient.ConnectAsync((string)started["streamUrl"]!);

        var replay = await stream.ReceiveUntilWatermarkAsync("1");
        Assert.Equal("welcome", (string?)Assert.Single(replay)["text"]);

        var id = await _dl.PostMessageAsync(conversationId, token, "hi", "ws-1");

        var pushed = await stream.ReceiveUntilWatermarkAsync("3");
        Assert.Equal([DirectLineTestClient.ActivityId(conversationId, 1), DirectLineTestClient.ActivityId(conversationId, 2)], pushed.Select(a => (string)a["id"]!));
        Assert.Equal(id, (string?)pushed[0]["id"]);
        Assert.Equal("ws-1", (string?)pushed[0]["channelData"]!["clientActivityID"]);
        Assert.Equal("echo: hi", (string?)pushed[1]["text"]);
        Assert.Equal(id, (string?)pushed[1]["replyToId"]);
    }

    [Fact]
    public async Task AReconnectReplaysOnlyWhatCameAfterTheWatermark()
    {
        var (conversationId, token, _) = await _dl.StartAsync();
        await _dl.PostMessageAsync(conversationId, token, "one", "r-1");
        await _dl.PostMessageAsync(conversationId, token, "two", "r-2");

        var (_, reconnect) = await _dl.SendAsync(HttpMethod.Get, $"conversations/{conversationId}?watermark=3", token);
        await using var stream = await StreamClient.ConnectAsync((string)reconnect!["streamUrl"]!);

        var replay = await stream.ReceiveUntilWatermarkAsync("5");
        Assert.Equal(["two", "echo: two"], replay.Select(a => (string)a["text"]!));
    }

    [Fact]
    public async Task TypingGoesOverTheStreamButNeverIntoTheLog()
    {
        var (conversationId, token, started) = await _dl.StartAsync();
        await using var stream = await StreamClient.ConnectAsync((string)started["streamUrl"]!);
        await stream.ReceiveUntilWatermarkAsync("1");

        await _dl.PostMessageAsync(conversationId, token, "typing", "t-1");

        var pushed = await stream.ReceiveUntilWatermarkAsync("3");
        var typing = Assert.Single(pushed, a => (string?)a["type"] == "typing");
        Assert.Equal("guidancebot", (string?)typing["from"]!["id"]);
        Assert.Equal(["typing", "done"], pushed.Where(a => (string?)a["type"] == "message").Select(a => (string)a["text"]!));
        var log = (await _dl.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray();
        Assert.DoesNotContain(log, a => (string?)a!["type"] == "typing");
    }

    [Fact]
    public async Task KeepAlivesFlowBothWaysAndTheClientCanCloseCleanly()
    {
        var (_, _, started) = await _dl.StartAsync();
        await using var stream = await StreamClient.ConnectAsync((string)started["streamUrl"]!);
        await stream.ReceiveUntilWatermarkAsync("1");

        await stream.SendTextAsync("");
        await stream.SendTextAsync("");
        Assert.Equal("", await stream.ReceiveTextAsync(TimeSpan.FromSeconds(5)));

        await stream.Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        Assert.Equal(WebSocketState.Closed, stream.Socket.State);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, stream.Socket.CloseStatus);
    }

    [Fact]
    public async Task AFailedTurnIsAnsweredByTheErrorPolicyOnTheStream()
    {
        var (conversationId, token, started) = await _dl.StartAsync();
        await using var stream = await StreamClient.ConnectAsync((string)started["streamUrl"]!);
        await stream.ReceiveUntilWatermarkAsync("1");

        var id = await _dl.PostMessageAsync(conversationId, token, "fail", "f-1");

        var pushed = await stream.ReceiveUntilWatermarkAsync("3");
        Assert.Equal(id, (string?)pushed[0]["id"]);
        Assert.Equal("guidancebot", (string?)pushed[1]["from"]!["id"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)pushed[1]["text"]));
        await _dl.PostMessageAsync(conversationId, token, "again", "f-2");
    }

    [Fact]
    public async Task AStreamWithABadOrForeignTokenIsRefusedBeforeTheUpgrade()
    {
        var (conversationA, _, _) = await _dl.StartAsync();
        var (_, tokenB, _) = await _dl.StartAsync();
        var baseUrl = $"ws://{_server.BaseAddress.Authority}/v3/directline/conversations/{conversationA}/stream";

        foreach (var url in new[] { baseUrl + "?t=garbage", baseUrl + "?t=" + Uri.EscapeDataString(tokenB), baseUrl })
        {
            using var socket = new ClientWebSocket();
            socket.Options.CollectHttpResponseDetails = true;
            await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(url), CancellationToken.None));
            Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
        }
    }

    [Fact]
    public async Task AStreamUrlOpenedWithoutAWebSocketIs400()
    {
        var (conversationId, token, _) = await _dl.StartAsync();

        var (status, _) = await _dl.SendAsync(HttpMethod.Get, $"conversations/{conversationId}/stream?t={Uri.EscapeDataString(token)}", null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task ActivitiesOfOtherConversationsNeverReachTheStream()
    {
        var (_, _, startedA) = await _dl.StartAsync();
        var (conversationB, tokenB, _) = await _dl.StartAsync();
        await using var stream = await StreamClient.ConnectAsync((string)startedA["streamUrl"]!);
        await stream.ReceiveUntilWatermarkAsync("1");

        await _dl.PostMessageAsync(conversationB, tokenB, "for B only", "b-1");

        // Only keep-alives may follow within a few keep-alive periods.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("", await stream.ReceiveTextAsync(TimeSpan.FromSeconds(5)));
        }
    }
}
