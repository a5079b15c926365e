using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace GuidanceBot.Tests.Support;

/// <summary>
/// The Agents Playground's conversation WebSocket, read in the background. Every frame is kept, so a test can wait
/// for one that arrived before it started waiting. The bot's messages are frames with <c>action: createMessage</c>;
/// a message the bot replaced (<c>PUT .../activities/{id}</c>) comes again as <c>action: updateMessage</c> with the
/// same <c>messageId</c> and the new content.
/// </summary>
public sealed class PlaygroundStream : IAsyncDisposable
{
    private const string CreateMessage = "createMessage";
    private const string UpdateMessage = "updateMessage";

    private readonly ClientWebSocket _socket;
    private readonly Func<string> _playgroundOutput;
    private readonly List<JsonNode> _frames = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;
    private TaskCompletionSource _arrived = NewSignal();

    private PlaygroundStream(ClientWebSocket socket, Func<string> playgroundOutput)
    {
        _socket = socket;
        _playgroundOutput = playgroundOutput;
        _reader = Task.Run(ReadAsync);
    }

    public static async Task<PlaygroundStream> ConnectAsync(Uri url, Func<string> playgroundOutput)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(url, timeout.Token);
        return new PlaygroundStream(socket, playgroundOutput);
    }

    /// <summary>A position in the stream: pass it to <see cref="WaitForBotMessageAsync"/> to skip what came before.</summary>
    public int Mark()
    {
        lock (_frames)
        {
            return _frames.Count;
        }
    }

    /// <summary>
    /// The <c>message</c> of the first bot message (among the frames since <paramref name="after"/>, or to come) whose
    /// conversation id and message match, within the timeout.
    /// </summary>
    public Task<JsonNode> WaitForBotMessageAsync(Func<string, JsonNode, bool> predicate, string description, int after = 0, TimeSpan? timeout = null) =>
        WaitForFrameAsync(CreateMessage, predicate, "No bot message " + description, after, timeout);

    /// <summary>
    /// The new <c>message</c> of the first update of a bot message (since <paramref name="after"/>, or to come) whose
    /// conversation id and message match, within the timeout.
    /// </summary>
    public Task<JsonNode> WaitForUpdatedMessageAsync(Func<string, JsonNode, bool> predicate, string description, int after = 0, TimeSpan? timeout = null) =>
        WaitForFrameAsync(UpdateMessage, predicate, "No update of a bot message " + description, after, timeout);

    /// <summary>The <c>message</c> of every bot message received so far whose conversation id and message match.</summary>
    public IReadOnlyList<JsonNode> BotMessages(Func<string, JsonNode, bool> predicate)
    {
        lock (_frames)
        {
            return [.. _frames
                .Where(frame => (string?)frame["action"] == CreateMessage && frame["message"] is JsonObject)
                .Where(frame => predicate((string?)frame["actionConversationId"] ?? "", frame["message"]!))
                .Select(frame => frame["message"]!)];
        }
    }

    /// <summary>Every frame so far, one line each (what, where, which message, its visible text), for failure messages.</summary>
    public string Describe()
    {
        lock (_frames)
        {
            return string.Join('\n', _frames.Select(Summarize));
        }
    }

    private async Task<JsonNode> WaitForFrameAsync(string action, Func<string, JsonNode, bool> predicate, string failure, int after, TimeSpan? timeout)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(20);
        using var deadline = new CancellationTokenSource(limit);
        while (true)
        {
            Task signal;
            lock (_frames)
            {
                var found = _frames
                    .Skip(after)
                    .Where(frame => (string?)frame["action"] == action && frame["message"] is JsonObject)
                    .FirstOrDefault(frame => predicate((string?)frame["actionConversationId"] ?? "", frame["message"]!))?["message"];
                if (found is not null)
                {
                    return found;
                }

                signal = _arrived.Task;
            }

            try
            {
                await signal.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException(
                    $"{failure} reached the Agents Playground within {limit.TotalSeconds:0} s. Frames seen:\n{Describe()}\nPlayground output:\n{_playgroundOutput()}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Abort();
        try
        {
            await _reader;
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // Closed on purpose.
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            var result = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            message.SetLength(0);
            if (TryParse(text) is not { } frame)
            {
                continue;
            }

            lock (_frames)
            {
                _frames.Add(frame);
                _arrived.TrySetResult();
                _arrived = NewSignal();
            }
        }
    }

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>One line per frame: what, where, which message, and its visible text (a card's text blocks, not its JSON).</summary>
    private static string Summarize(JsonNode frame)
    {
        if (frame["message"] is not JsonObject message)
        {
            return Truncate(frame.ToJsonString(), 400);
        }

        var texts = new List<string>();
        if ((string?)message["text"] is { Length: > 0 } text)
        {
            texts.Add(text);
        }

        foreach (var attachment in message["attachments"]?.AsArray() ?? [])
        {
            texts.AddRange(CardText.TextBlocks(attachment?["content"]));
            var actions = attachment?["content"]?["actions"]?.AsArray().Select(action => (string?)action?["title"]) ?? [];
            if (actions.Any())
            {
                texts.Add("[" + string.Join("] [", actions) + "]");
            }
        }

        return Truncate($"{frame["action"]} {frame["actionConversationId"]} #{message["messageId"]}: {string.Join(" | ", texts)}", 600);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
