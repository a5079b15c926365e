using System.Net.WebSockets;
using System.Text.Json;
using GuidanceBot.Bot.Channels.DirectLine.Conversations;
using GuidanceBot.Bot.Channels.DirectLine.Wire;
using GuidanceBot.Bot.Logging;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.DirectLine.Streaming;

/// <summary>
/// One WebSocket stream: replays the log from the client's watermark, then pushes <c>{ activities, watermark }</c>
/// frames as activities are appended, typing frames without a watermark, and an empty frame as keep-alive when
/// idle; every StreamStoragePoll it checks storage for activities appended by another instance. The client's own
/// frames (DirectLineJS sends <c>""</c> every 20 s) are read and ignored. Only this loop sends, so frames never
/// interleave; the receive side only watches for the close.
/// </summary>
public sealed class DirectLineStream(
    ConversationStore store,
    ConversationFeed feed,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    IOptions<DirectLineOptions> options,
    ILogger<DirectLineStream> logger)
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    public async Task RunAsync(WebSocket socket, string conversationId, int watermark, CancellationToken requestAborted)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, lifetime.ApplicationStopping);
        using var subscription = feed.Subscribe(conversationId);
        var keepAlive = options.Value.StreamKeepAlive;
        using var timer = time.CreateTimer(_ => subscription.Post(FeedEvent.KeepAlive), null, keepAlive, keepAlive);
        var poll = options.Value.StreamStoragePoll;
        using var pollTimer = time.CreateTimer(_ => subscription.Post(FeedEvent.CheckStorage), null, poll, poll);

        // Not tied to server shutdown: after our close frame the client's answer still has to be read.
        var receiving = ReceiveUntilClosedAsync(socket, subscription, requestAborted);
        BotLog.DirectLineStreamOpened(logger, watermark);
        try
        {
            var next = await SendFromStoreAsync(socket, conversationId, watermark, stop.Token);
            await foreach (var item in subscription.Reader.ReadAllAsync(stop.Token))
            {
                next = await HandleAsync(socket, conversationId, item, next, stop.Token);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // The client vanished or the server is stopping; the close below is best effort.
        }

        await CloseAsync(socket, receiving, serverStopping: lifetime.ApplicationStopping.IsCancellationRequested);
        BotLog.DirectLineStreamClosed(logger, socket.CloseStatus?.ToString() ?? socket.State.ToString());
    }

    private async Task<int> HandleAsync(WebSocket socket, string conversationId, FeedEvent item, int next, CancellationToken cancellationToken)
    {
        switch (item.Kind)
        {
            case FeedEventKind.Ephemeral:
                await SendAsync(socket, new ActivitySet(item.Activities, null), cancellationToken);
                return next;
            case FeedEventKind.Appended when item.FirstSequence > next:
                return await SendFromStoreAsync(socket, conversationId, next, cancellationToken); // missed something: storage has it
            case FeedEventKind.Appended:
                var fresh = item.Activities.Skip(next - item.FirstSequence).ToArray();
                if (fresh.Length == 0)
                {
                    return next; // already sent by the replay
                }

                next = item.FirstSequence + item.Activities.Count;
                await SendAsync(socket, new ActivitySet(fresh, next.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);
                return next;
            case FeedEventKind.CheckStorage:
                return await SendFromStoreAsync(socket, conversationId, next, cancellationToken);
            default:
                var caughtUp = await SendFromStoreAsync(socket, conversationId, next, cancellationToken);
                if (caughtUp == next)
                {
                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, cancellationToken);
                }

                return caughtUp;
        }
    }

    /// <summary>Sends everything stored from <paramref name="watermark"/> on; returns the new watermark.</summary>
    private async Task<int> SendFromStoreAsync(WebSocket socket, string conversationId, int watermark, CancellationToken cancellationToken)
    {
        while (true)
        {
            var slice = await store.ReadAsync(conversationId, watermark, cancellationToken);
            if (slice is null || slice.Activities.Count == 0)
            {
                return slice?.Watermark ?? watermark;
            }

            watermark = slice.Watermark;
            await SendAsync(socket, new ActivitySet(slice.Activities, watermark.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);
        }
    }

    private static Task SendAsync(WebSocket socket, ActivitySet set, CancellationToken cancellationToken) =>
        socket.SendAsync(set.ToUtf8Json(), WebSocketMessageType.Text, true, cancellationToken);

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, FeedSubscription subscription, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception)
        {
            // Any failure here (aborted connection, socket torn down) means the stream is over: the send loop ends too.
        }
        finally
        {
            subscription.Complete();
        }
    }

    /// <summary>
    /// Answers the client's close, or starts one ("going away" when the server stops) and waits briefly for the
    /// client's answer; a client that does not answer is cut off.
    /// </summary>
    private static async Task CloseAsync(WebSocket socket, Task receiving, bool serverStopping)
    {
        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            if (socket.State == WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            else if (socket.State == WebSocketState.Open)
            {
                var status = serverStopping ? WebSocketCloseStatus.EndpointUnavailable : WebSocketCloseStatus.NormalClosure;
                await socket.CloseOutputAsync(status, serverStopping ? "server stopping" : null, timeout.Token);
            }

            await receiving.WaitAsync(timeout.Token);
        }
        catch (Exception error) when (error is OperationCanceledException or TimeoutException or WebSocketException)
        {
            socket.Abort();
            await receiving;
        }
    }
}
