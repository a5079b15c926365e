using BenchmarkDotNet.Attributes;
using GuidanceBot.Bot.Channels.BotFramework;
using GuidanceBot.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GuidanceBot.Bench.Micro;

/// <summary>
/// Whole turns as POST /api/messages runs them, without Kestrel and wrk: the real application (BotApplication, as
/// Program builds it, Production, anonymous) and its CloudAdapter, fed the Teams-shaped body of bench/run.sh. One
/// invocation walks a conversation through the whole benchmark flow (six turns, restart to guidance); the figure
/// is per turn. Whatever the bot does with a message is measured, so this follows the guided flow as it changes.
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private const int Conversations = 1000;

    private WebApplication _app = null!;
    private CloudAdapter _adapter = null!;
    private byte[][][] _bodies = [];
    private string? _directory;
    private int _next;
    private long _activityId;
    private readonly MemoryStream _response = new(64 * 1024);

    [Params("Memory", "Sqlite")]
    public string Storage { get; set; } = "Memory";

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("bench-turn-").FullName;
        _app = BotApplication.Create(["--environment=Production"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["BotFrameworkAuth:AllowAnonymous"] = "true",
                ["DirectLine:Secret"] = "bench-micro",
                ["Storage:Provider"] = Storage,
                ["Storage:SqlitePath"] = Path.Combine(_directory, "state.db"),
                ["Knowledge:ReloadOnChange"] = "false",
            });
            builder.Logging.ClearProviders(); // keep the benchmark's console readable; turns log nothing at Information
        });
        _adapter = _app.Services.GetRequiredService<CloudAdapter>();
        _bodies = [.. Enumerable.Range(0, Conversations).Select(c => BenchData.Flow.Select(text => BenchData.TeamsMessage($"turn-{c:D5}", text)).ToArray())];

        foreach (var body in _bodies[0])
        {
            BenchData.StampId(body, ++_activityId);
            var (status, response) = TurnAsync(body).GetAwaiter().GetResult();
            var reply = System.Text.Encoding.UTF8.GetString(response.GetBuffer(), 0, (int)response.Length);
            if (status != StatusCodes.Status200OK || !reply.Contains("\"activities\":[{", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"A turn of the flow answered {status}: {reply[..Math.Min(300, reply.Length)]}; expected 200 with replies.");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        (_app as IDisposable).Dispose();
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Benchmark(OperationsPerInvoke = 6, Description = "one turn of the whole flow")]
    public async Task WholeFlow()
    {
        var conversation = _bodies[_next++ % Conversations];
        foreach (var body in conversation)
        {
            BenchData.StampId(body, ++_activityId);
            await TurnAsync(body);
        }
    }

    private async Task<(int Status, MemoryStream Response)> TurnAsync(byte[] body)
    {
        var context = new DefaultHttpContext { RequestServices = _app.Services };
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body, writable: false);
        // One reused response buffer: what Kestrel's pooled pipe costs the server, not a fresh growing stream per turn.
        var response = _response;
        response.SetLength(0);
        context.Response.Body = response;
        var result = await _adapter.ProcessAsync(context.Request, CancellationToken.None);
        await result.ExecuteAsync(context);
        return (context.Response.StatusCode, response);
    }
}
