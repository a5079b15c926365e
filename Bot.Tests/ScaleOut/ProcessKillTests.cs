using System.Net;
using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.ScaleOut;

/// <summary>
/// The real bot as a separate process on a SQLite file, killed with SIGKILL (no shutdown of any kind) and
/// started again: the conversation resumes at the last completed question.
/// </summary>
[Trait("Category", TestCategories.RealClients)]
public sealed class ProcessKillTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"guidancebot-kill-{Guid.NewGuid():N}.db");
    private readonly int _port = FreeTcpPort.Next();

    private Dictionary<string, string> Environment => new()
    {
        ["Storage__Provider"] = "Sqlite",
        ["Storage__SqlitePath"] = _database,
        ["DirectLine__Secret"] = "kill-test-secret",
    };

    [Fact]
    public async Task AKilledProcessLosesNoCompletedAnswer()
    {
        await using (var bot = await BotProcess.StartAsync(Environment, _port))
        {
            await SayAsync(bot, "start", "k0");
            await SayAsync(bot, "displaced", "k1");
            await SayAsync(bot, "can join", "k2");
            bot.Kill();
        }

        await using var restarted = await BotProcess.StartAsync(Environment, _port);
        var summary = await SayAsync(restarted, "summary", "k3");
        Assert.Contains("Members: Displaced people", summary, StringComparison.Ordinal);
        Assert.Contains("What the law allows: They can only join existing ones", summary, StringComparison.Ordinal);
        Assert.Contains("Are you starting something new", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProcessKilledDuringATurnResumesAtTheLastCompletedQuestion()
    {
        await using (var bot = await BotProcess.StartAsync(Environment, _port))
        {
            await SayAsync(bot, "start", "m0");
            await SayAsync(bot, "mixed", "m1");

            // Kill while the next answer may be in flight: it either completed or never happened, never half.
            var inFlight = bot.Client.PostAsync("api/messages", Activities.Json(Activities.TeamsMessage("informal only", "m2")));
            bot.Kill();
            try
            {
                await inFlight;
            }
            catch (HttpRequestException)
            {
            }
        }

        await using var restarted = await BotProcess.StartAsync(Environment, _port);
        var summary = await SayAsync(restarted, "summary", "m3");
        Assert.Contains("Members: Both together", summary, StringComparison.Ordinal);
        var answeredLaw = summary.Contains("What the law allows: Only informal groups", StringComparison.Ordinal);
        Assert.Contains(answeredLaw ? "Are you starting something new" : "What does the law let", summary, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_database + suffix);
        }
    }

    internal static async Task<string> SayAsync(BotProcess bot, string text, string id)
    {
        var response = await bot.Client.PostAsync("api/messages", Activities.Json(Activities.TeamsMessage(text, id)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        return string.Join("\n", replies.Select(reply => reply!.ToJsonString()));
    }
}
