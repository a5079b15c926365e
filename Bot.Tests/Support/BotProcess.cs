using System.Diagnostics;
using System.Net;

namespace GuidanceBot.Tests.Support;

/// <summary>
/// The real bot as its own operating-system process (<c>dotnet GuidanceBot.dll</c>), as an instance runs in
/// production: configured by environment variables, killed with SIGKILL when a test says so.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly string[] ListeningVariables =
        ["ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_HTTP_PORTS", "PORT"];

    private readonly Process _process;

    private BotProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(20) };
    }

    public int Port { get; }

    public HttpClient Client { get; }

    public static Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> environment, int? port = null)
    {
        var chosenPort = port ?? FreeTcpPort.Next();
        return StartAsync(environment, ["--urls", $"http://127.0.0.1:{chosenPort}"], chosenPort);
    }

    /// <summary>
    /// Starts the bot with exactly these arguments and variables (the caller tells it where to listen, by whichever
    /// convention it tests) and waits until it answers on <paramref name="port"/> of the loopback address.
    /// </summary>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> arguments, int port)
    {
        var chosenPort = port;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "GuidanceBot.dll"), .. arguments])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Where to listen comes from the caller only, never from the machine the tests run on.
        foreach (var inherited in ListeningVariables)
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, chosenPort);
        await bot.WaitUntilReadyAsync();
        return bot;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, as when a host dies.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        Client.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await Client.GetAsync("readyz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot process exited with code {_process.ExitCode} before it was ready.");
            }

            await Task.Delay(100);
        }

        Kill();
        throw new TimeoutException("The bot process did not become ready within 30 s.");
    }
}
