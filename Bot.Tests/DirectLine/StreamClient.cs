using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace GuidanceBot.Tests.DirectLine;

/// <summary>A real <see cref="ClientWebSocket"/> on a Direct Line stream URL, reading frames the way DirectLineJS does.</summary>
public sealed class StreamClient : IAsyncDisposable
{
    private static readonly TimeSpan FrameTimeout = TimeSpan.FromSeconds(10);

    private StreamClient(ClientWebSocket socket) => Socket = socket;

    public ClientWebSocket Socket { get; }

    public static async Task<StreamClient> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        return new StreamClient(socket);
    }

    /// <summary>The next text frame ("" for a keep-alive); null when the server closed the socket.</summary>
    public async Task<string?> ReceiveTextAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? FrameTimeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await Socket.ReceiveAsync(buffer, cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    /// <summary>Reads activity frames (skipping keep-alives) until one carries <paramref name="watermark"/>; returns every activity seen.</summary>
    public async Task<List<JsonNode>> ReceiveUntilWatermarkAsync(string watermark)
    {
        var activities = new List<JsonNode>();
        while (true)
        {
            var text = await ReceiveTextAsync() ?? throw new InvalidOperationException("The server closed the stream.");
            if (text.Length == 0)
            {
                continue;
            }

            var frame = JsonNode.Parse(text)!;
            activities.AddRange(frame["activities"]!.AsArray().Select(a => a!.DeepClone()));
            if ((string?)frame["watermark"] == watermark)
            {
                return activities;
            }
        }
    }

    public Task SendTextAsync(string text) =>
        Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (Socket.State == WebSocketState.Open)
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cancel.Token);
            }
            catch (Exception error) when (error is WebSocketException or OperationCanceledException)
            {
                // The server is already gone.
            }
        }

        Socket.Dispose();
    }
}
