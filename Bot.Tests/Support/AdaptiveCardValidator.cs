using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace GuidanceBot.Tests.Support;

/// <summary>
/// Validates Adaptive Card JSON with the real <c>adaptivecards</c> library (schema 1.5), through
/// <c>Bot.Tests/Clients/validate-cards.js</c>. One Node process serves the whole test run, one card at a time,
/// so a card costs milliseconds after the first. An empty list means the card is valid; otherwise each entry
/// reads like <c>Parse/UnknownElementType: Unknown element type "Bogus"...</c>.
/// </summary>
public static class AdaptiveCardValidator
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly StringBuilder Errors = new();
    private static Process? _node;

    public static async Task<IReadOnlyList<string>> ValidateAsync(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        await Gate.WaitAsync();
        try
        {
            var node = _node is { HasExited: false } running ? running : (_node = Start());
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                // One card per line: compact JSON escapes any newline inside strings.
                await node.StandardInput.WriteLineAsync(card.ToJsonString().AsMemory(), timeout.Token);
                await node.StandardInput.FlushAsync(timeout.Token);
                var answer = await node.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw Failure("the validator exited before answering");
                return ParseAnswer(answer);
            }
            catch (Exception error)
            {
                // Out of step with the process now: start a fresh one next time.
                Stop(node);
                _node = null;
                if (error is OperationCanceledException && timeout.IsCancellationRequested)
                {
                    throw Failure($"no answer within {Timeout.TotalSeconds:0} s");
                }

                throw;
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    private static IReadOnlyList<string> ParseAnswer(string answer)
    {
        var events = JsonNode.Parse(answer)?["events"]?.AsArray()
            ?? throw Failure($"unexpected answer {answer}");
        return events
            .Select(e => $"{(string?)e!["phase"]}/{(string?)e["event"]}: {(string?)e["message"]}")
            .ToList();
    }

    private static Process Start()
    {
        var script = NodeClients.RequireFile("validate-cards.js");
        NodeClients.RequireFile("node_modules/adaptivecards/dist/adaptivecards.js");
        NodeClients.RequireFile("node_modules/jsdom/package.json");
        var start = new ProcessStartInfo(NodeClients.RequireNode(), [script])
        {
            WorkingDirectory = NodeClients.Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for the Adaptive Card validator.");
        node.ErrorDataReceived += (_, e) =>
        {
            lock (Errors)
            {
                if (e.Data is not null && Errors.Length < 8192)
                {
                    Errors.AppendLine(e.Data);
                }
            }
        };
        node.BeginErrorReadLine();

        // Node also exits by itself when the test host dies (its stdin closes).
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(node);
        return node;
    }

    private static void Stop(Process node)
    {
        try
        {
            if (!node.HasExited)
            {
                node.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static InvalidOperationException Failure(string what)
    {
        string errors;
        lock (Errors)
        {
            errors = Errors.ToString();
        }

        return new InvalidOperationException($"The Adaptive Card validator (node validate-cards.js) failed: {what}. Its stderr: {errors}");
    }
}
