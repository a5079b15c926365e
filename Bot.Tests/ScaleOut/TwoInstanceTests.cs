using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceBot.Tests.DirectLine;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.ScaleOut;

/// <summary>
/// Two real bot processes on two ports sharing one Azurite store, as two App Service instances behind a load
/// balancer: one conversation served alternately by both.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", TestCategories.RealClients)]
public sealed class TwoInstanceTests(Azurite azurite) : IAsyncLifetime
{
    private readonly string _container = "scaleout" + Guid.NewGuid().ToString("N")[..12];
    private BotProcess _a = null!;
    private BotProcess _b = null!;

    public async Task InitializeAsync()
    {
        var environment = new Dictionary<string, string>
        {
            ["DirectLine__Secret"] = DirectLineTestClient.Secret,
            ["Storage__Provider"] = "AzureBlob",
            ["Storage__AzureBlob__ConnectionString"] = azurite.ConnectionString,
            ["Storage__AzureBlob__Container"] = _container,
        };
        var starting = new[] { BotProcess.StartAsync(environment), BotProcess.StartAsync(environment) };
        var started = await Task.WhenAll(starting);
        (_a, _b) = (started[0], started[1]);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    [Fact]
    public async Task AGuidedFlowOverApiMessagesContinuesWhicheverInstanceTakesEachTurn()
    {
        var servers = new[] { _a.Client, _b.Client };
        JsonNode? last = null;
        var turn = 0;
        foreach (var text in new[] { "start", "mixed", "can join", "new", "jobs and women", "ngo" })
        {
            var server = servers[turn % 2];
            var response = await server.PostAsync("api/messages", Activities.Json(Activities.TeamsMessage(text, "two-" + turn)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            last = JsonNode.Parse(await response.Content.ReadAsStringAsync());
            turn++;
        }

        var body = last!.ToJsonString();
        Assert.Contains("Pathways that fit", body, StringComparison.Ordinal);
        Assert.Contains("Both together", body, StringComparison.Ordinal);
        Assert.Contains("Jobs and income", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARedeliveryToTheOtherInstanceIsProcessedOnce()
    {
        await _a.Client.PostAsync("api/messages", Activities.Json(Activities.TeamsMessage("start", "dup-0")));
        var first = await _a.Client.PostAsync("api/messages", Activities.Json(Activities.TeamsMessage("displaced", "dup-1")));
        var again = await _b.Client.PostAsync("api/messages", Activities.Json(Activities.TeamsMessage("displaced", "dup-1")));

        Assert.NotEmpty(JsonNode.Parse(await first.Content.ReadAsStringAsync())!["activities"]!.AsArray());
        Assert.Empty(JsonNode.Parse(await again.Content.ReadAsStringAsync())!["activities"]!.AsArray());
    }

    [Fact]
    public async Task DirectLinePollingWorksAcrossInstancesAndASocketSeesTheOtherInstancesRepliesWithinTwoSeconds()
    {
        var onA = new DirectLineTestClient(_a.Client);
        var onB = new DirectLineTestClient(_b.Client);
        var (conversationId, token, started) = await onA.StartAsync();

        using var socket = new ClientWebSocket();
        var streamUrl = new Uri((string)started["streamUrl"]!);
        await socket.ConnectAsync(streamUrl, CancellationToken.None);
        var frames = ReadFramesAsync(socket);

        await onB.PostMessageAsync(conversationId, token, "start", "c1");
        var sentAt = DateTime.UtcNow;
        await WaitForAsync(frames, "Who are, or will be, the members", TimeSpan.FromSeconds(2));
        Assert.True(DateTime.UtcNow - sentAt < TimeSpan.FromSeconds(2.5));

        await onA.PostMessageAsync(conversationId, token, "returnees", "c2");
        var fromB = await onB.GetActivitiesAsync(conversationId, token);
        Assert.Contains("Back home, what can the returnees do", fromB.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("the members are people who have returned home", fromB.ToJsonString(), StringComparison.Ordinal);
    }

    private sealed record Frames(List<string> Seen, Task Reader);

    private static Frames ReadFramesAsync(ClientWebSocket socket)
    {
        var seen = new List<string>();
        var reader = Task.Run(async () =>
        {
            var buffer = new byte[1 << 16];
            var message = new StringBuilder();
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                if (result.EndOfMessage)
                {
                    lock (seen)
                    {
                        seen.Add(message.ToString());
                    }

                    message.Clear();
                }
            }
        });
        return new Frames(seen, reader);
    }

    private static async Task WaitForAsync(Frames frames, string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            lock (frames.Seen)
            {
                if (frames.Seen.Any(frame => frame.Contains(text, StringComparison.Ordinal)))
                {
                    return;
                }
            }

            await Task.Delay(50);
        }

        lock (frames.Seen)
        {
            Assert.Fail($"No stream frame with \"{text}\" within {timeout.TotalSeconds} s. Frames: {string.Join("\n", frames.Seen)}");
        }
    }
}
