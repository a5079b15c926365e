using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.ScaleOut;

/// <summary>
/// The real bot as a separate process on a SQLite file, killed with SIGKILL (no shutdown of any kind) and
/// started again: the conversation resumes at the last completed question.
/// </summary>
public sealed class ProcessKillTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"guidancebot-kill-{Guid.NewGuid():N}.db");
    private readonly int _port = FreeTcpPort.Next();
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(20) };
    private Process? _bot;

    [Fact]
    public async Task AKilledProcessLosesNoCompletedAnswer()
    {
        await StartAsync();
        await SayAsync("start", "k0");
        await SayAsync("displaced", "k1");
        await SayAsync("can join", "k2");

        Kill();
        await StartAsync();

        var summary = await SayAsync("summary", "k3");
        Assert.Contains("Members: Displaced people", summary, StringComparison.Ordinal);
        Assert.Contains("What the law allows: They can only join existing ones", summary, StringComparison.Ordinal);
        Assert.Contains("Are you starting something new", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProcessKilledDuringATurnResumesAtTheLastCompletedQuestion()
    {
        await StartAsync();
        await SayAsync("start", "m0");
        await SayAsync("mixed", "m1");

        // Kill while the next answer may be in flight: it either completed or never happened, never half.
        var inFlight = _client.PostAsync(Url, Activities.Json(Activities.TeamsMessage("informal only", "m2")));
        Kill();
        try
        {
            await inFlight;
        }
        catch (HttpRequestException)
        {
        }

        await StartAsync();
        var summary = await SayAsync("summary", "m3");
        Assert.Contains("Members: Both together", summary, StringComparison.Ordinal);
        var answeredLaw = summary.Contains("What the law allows: Only informal groups", StringComparison.Ordinal);
        Assert.Contains(answeredLaw ? "Are you starting something new" : "What does the law let", summary, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Kill();
        _client.Dispose();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_database + suffix);
        }
    }

    private string Url => $"http://127.0.0.1:{_port}/api/messages";

    private async Task<string> SayAsync(string text, string id)
    {
        var response = await _client.PostAsync(Url, Activities.Json(Activities.TeamsMessage(text, id)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        return string.Join("\n", replies.Select(reply => reply!.ToJsonString()));
    }

    private async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "GuidanceBot.dll"), "--urls", $"http://127.0.0.1:{_port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Storage__Provider"] = "Sqlite";
        start.Environment["Storage__SqlitePath"] = _database;
        start.Environment["DirectLine__Secret"] = "kill-test-secret";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        _bot = Process.Start(start)!;
        _bot.OutputDataReceived += (_, _) => { };
        _bot.ErrorDataReceived += (_, _) => { };
        _bot.BeginOutputReadLine();
        _bot.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await _client.GetAsync($"http://127.0.0.1:{_port}/readyz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            Assert.False(_bot.HasExited, $"The bot process exited with code {(_bot.HasExited ? _bot.ExitCode : 0)}.");
            await Task.Delay(100);
        }

        Assert.Fail("The bot process did not become ready within 30 s.");
    }

    private void Kill()
    {
        if (_bot is { HasExited: false })
        {
            _bot.Kill(entireProcessTree: true);
            _bot.WaitForExit();
        }

        _bot?.Dispose();
        _bot = null;
    }
}
