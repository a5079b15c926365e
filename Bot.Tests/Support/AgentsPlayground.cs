using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GuidanceBot.Tests.Support;

/// <summary>
/// The real Microsoft 365 Agents Playground (npm <c>@microsoft/m365agentsplayground</c>, from Bot.Tests/Clients) in
/// Teams mode, pointed at a bot's <c>/api/messages</c> and driven without a browser through its REST and WebSocket
/// interface (real-clients.md §2). Its files (log, config) go to a temporary folder; disposing kills the process tree.
/// </summary>
public sealed partial class AgentsPlayground : IAsyncDisposable
{
    public const string BotId = "00000000-0000-0000-0000-00000000000011";
    public const string BotName = "Test Bot";
    public const string UserId = "user-id-0";
    public const string UserName = "Alex Wilber";
    public const string TeamChannelId = "team-id";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(45);

    private readonly Process _process;
    private readonly string _workDirectory;
    private readonly StringBuilder _output;

    private AgentsPlayground(Process process, string workDirectory, StringBuilder output, Uri baseAddress, string personalConversationId)
    {
        _process = process;
        _workDirectory = workDirectory;
        _output = output;
        BaseAddress = baseAddress;
        PersonalConversationId = personalConversationId;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <summary>The 1:1 chat between the mock user and the bot.</summary>
    public string PersonalConversationId { get; }

    /// <summary>Starts the Playground for the bot at <paramref name="botMessagesEndpoint"/> and waits until it answers.</summary>
    public static async Task<AgentsPlayground> StartAsync(Uri botMessagesEndpoint)
    {
        var cli = NodeClients.RequireFile("node_modules/@microsoft/m365agentsplayground/cli.js");
        var workDirectory = Directory.CreateTempSubdirectory("agents-playground-").FullName;
        var personalConversationId = "personal-" + Guid.NewGuid().ToString("N");

        // The CLI itself rather than npx: npx would fetch a missing package, and tests never download.
        var start = new ProcessStartInfo(NodeClients.RequireNode())
        {
            WorkingDirectory = workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            cli, "start", "-e", botMessagesEndpoint.ToString(), "-c", "msteams", "-p", FreeTcpPort.Next().ToString(),
            "--conversation-id", personalConversationId, "--disable-telemetry",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(workDirectory, "playground.log");
        start.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = Path.Combine(workDirectory, ".m365agentsplayground.yml");

        var output = new StringBuilder();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(e.Data);
            }

            // It may move to another port if ours was taken meanwhile, so read the one it reports.
            if (ListeningLine().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        };
        process.OutputDataReceived += collect;
        process.ErrorDataReceived += collect;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The Agents Playground exited while starting."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var playground = default(AgentsPlayground);
        try
        {
            var port = await listening.Task.WaitAsync(StartTimeout);
            playground = new AgentsPlayground(process, workDirectory, output, new Uri($"http://127.0.0.1:{port}/"), personalConversationId);
            await playground.WaitForPingAsync();
            return playground;
        }
        catch (Exception error)
        {
            var log = Snapshot(output);
            Kill(process);
            if (playground is not null)
            {
                await playground.DisposeAsync();
            }

            throw new InvalidOperationException($"The Agents Playground did not start within {StartTimeout.TotalSeconds:0} s ({error.Message}). Its output:\n{log}", error);
        }
    }

    /// <summary>Opens a WebSocket on the Playground's conversation stream, where the bot's messages appear.</summary>
    public Task<PlaygroundStream> OpenStreamAsync() =>
        PlaygroundStream.ConnectAsync(new Uri($"ws://{BaseAddress.Authority}/_ws_conversation/v1/conversations/stream"), () => Output);

    /// <summary>What the UI does when a user opens the chat with the app: installationUpdate, then conversationUpdate.</summary>
    public Task InstallAsync(string conversationId) =>
        PostAsync($"_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", new JsonObject());

    /// <summary>
    /// The mock user types <paramref name="text"/> in a conversation (the personal chat, a team channel, or a thread
    /// of a channel). The Playground answers with the new <c>messageId</c>; a new channel post also gets its thread's
    /// conversation id as <c>postConversationId</c>.
    /// </summary>
    public Task<JsonNode> SendMessageAsync(string conversationId, string text, JsonArray? mentions = null)
    {
        var message = new JsonObject
        {
            ["type"] = "text",
            ["text"] = text,
            ["textFormat"] = "plain",
            ["from"] = new JsonObject { ["id"] = UserId },
        };
        if (mentions is not null)
        {
            message["mentions"] = mentions;
        }

        return PostAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", message);
    }

    /// <summary>
    /// The mock user starts a new post in the team channel, @mentioning the bot as <c>&lt;at&gt;Test Bot&lt;/at&gt;</c>
    /// before <paramref name="text"/>; returns the post's thread, where the bot answers and the user replies.
    /// </summary>
    public async Task<string> StartChannelThreadAsync(string text)
    {
        var posted = await SendMessageAsync(TeamChannelId, $"<at>{BotName}</at> {text}", [BotMention()]);
        return (string?)posted["postConversationId"]
            ?? throw new InvalidOperationException($"The Agents Playground gave no postConversationId for a new channel post: {posted.ToJsonString()}");
    }

    /// <summary>The mock user presses an Action.Submit button on the card message <paramref name="cardMessageId"/>.</summary>
    public Task<JsonNode> SubmitCardAsync(string conversationId, string cardMessageId, JsonObject data) =>
        PostAsync("_conversation/v1/submit", new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["replyToId"] = cardMessageId,
            ["value"] = data,
            ["from"] = new JsonObject { ["id"] = UserId },
        });

    /// <summary>
    /// The mock user's action that Teams sends as an invoke (<c>adaptiveCard/action</c> for an Action.Execute press,
    /// <c>message/submitAction</c> for the feedback buttons on a bot message). The Playground answers with the
    /// bot's invoke response body, without its <c>statusCode</c> (an empty object for <c>message/submitAction</c>).
    /// </summary>
    public Task<JsonNode> InvokeAsync(string conversationId, string replyToId, string name, JsonObject value) =>
        PostAsync("_conversation/v1/invoke", new JsonObject
        {
            ["name"] = name,
            ["value"] = value,
            ["replyToId"] = replyToId,
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = UserId },
        });

    /// <summary>The mock tenant: the personal chat, the group chats and the teams with their channels (<c>config</c>).</summary>
    public async Task<JsonNode> ReadConfigAsync()
    {
        var answer = JsonNode.Parse(await Client.GetStringAsync("_internal/v1/config"));
        return answer?["config"] ?? throw new InvalidOperationException($"GET /_internal/v1/config gave no 'config': {answer?.ToJsonString()}");
    }

    /// <summary>The mention entity Teams attaches when the user @mentions the bot.</summary>
    public static JsonObject BotMention() => new()
    {
        ["type"] = "mention",
        ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["text"] = $"<at>{BotName}</at>",
    };

    /// <summary>Everything the Playground printed so far (for failure messages).</summary>
    public string Output => Snapshot(_output);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Kill(_process);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        _process.Dispose();
        try
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    /// <summary>Posts to the Playground; its JSON answer, or an empty object when it answered with no body.</summary>
    private async Task<JsonNode> PostAsync(string path, JsonNode body)
    {
        using var response = await Client.PostAsJsonAsync(path, body);
        var answer = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"The Agents Playground answered POST /{path} with {(int)response.StatusCode}: {answer}\nIts output:\n{Output}");
        }

        return string.IsNullOrWhiteSpace(answer) ? new JsonObject() : JsonNode.Parse(answer) ?? new JsonObject();
    }

    private async Task WaitForPingAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            try
            {
                if ((await Client.GetStringAsync("_debug/ping", deadline.Token)).Contains("pong", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not accepting connections yet.
            }

            await Task.Delay(100, deadline.Token);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
