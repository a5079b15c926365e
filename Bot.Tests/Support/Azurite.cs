using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GuidanceBot.Tests.Support;

/// <summary>
/// The real Azurite blob emulator (npm <c>azurite</c>, from Bot.Tests/Clients) on a loopback port, started with
/// <c>node</c> (never <c>npx</c>, which could download). Azure.Storage.Blobs sends a newer API version than Azurite
/// knows, so it runs with <c>--skipApiVersionCheck</c> (real-clients.md §3). The parameterless form is the
/// in-memory instance the <see cref="AzuriteCollection"/> shares; <see cref="StartOnDiskAsync"/> gives a test its
/// own instance whose data survives <see cref="StopAsync"/> and <see cref="StartAgainAsync"/>.
/// </summary>
public sealed partial class Azurite : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>Azurite's fixed development account key (public, documented; not a secret).</summary>
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const int SigTerm = 15;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly string? _location;
    private readonly StringBuilder _output = new();
    private Process? _process;

    /// <summary>An in-memory instance on a free port; call <see cref="InitializeAsync"/> (xunit does, for a fixture).</summary>
    public Azurite()
    {
    }

    private Azurite(string location) => _location = location;

    /// <summary>The port it listens on; stays the same across <see cref="StartAgainAsync"/>.</summary>
    public int Port { get; private set; }

    /// <summary>A connection string for the development account, as Storage:AzureBlob:ConnectionString takes it.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    /// <summary>Everything Azurite printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>An instance that keeps its blobs in a temporary folder, so a stop and a start lose nothing.</summary>
    public static async Task<Azurite> StartOnDiskAsync()
    {
        var azurite = new Azurite(Directory.CreateTempSubdirectory("azurite-").FullName);
        await azurite.InitializeAsync();
        return azurite;
    }

    public Task InitializeAsync() => StartProcessAsync();

    /// <summary>
    /// Stops the emulator, as an outage would: SIGTERM first, so an on-disk instance saves its blob index (it
    /// autosaves only every 5 s), then a kill of its process tree if it lingers.
    /// </summary>
    public async Task StopAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            await KillAsync(process);
        }
    }

    /// <summary>Starts the emulator again on the same port (and, on disk, with the same data).</summary>
    public Task StartAgainAsync() => StartProcessAsync();

    public async Task DisposeAsync()
    {
        await StopAsync();
        if (_location is not null)
        {
            try
            {
                Directory.Delete(_location, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    private async Task StartProcessAsync()
    {
        var main = NodeClients.RequireFile("node_modules/azurite/dist/src/blob/main.js");
        var start = new ProcessStartInfo(NodeClients.RequireNode())
        {
            WorkingDirectory = _location ?? Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(main);
        foreach (var argument in new[] { "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(CultureInfo.InvariantCulture), "--skipApiVersionCheck", "--disableTelemetry", "--silent" })
        {
            start.ArgumentList.Add(argument);
        }

        if (_location is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(_location);
        }

        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (_output)
            {
                _output.AppendLine(e.Data);
            }

            // Port 0 on the first start: Azurite reports the port the system gave it.
            if (ListeningLine().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        };
        process.OutputDataReceived += collect;
        process.ErrorDataReceived += collect;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("Azurite exited while starting."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            Port = await listening.Task.WaitAsync(StartTimeout);
            _process = process;
        }
        catch (Exception error)
        {
            await KillAsync(process);
            throw new InvalidOperationException($"Azurite did not start within {StartTimeout.TotalSeconds:0} s ({error.Message}). Its output:\n{Output}", error);
        }
    }

    private static async Task KillAsync(Process process)
    {
        try
        {
            if (!process.HasExited && SendSignal(process.Id, SigTerm) == 0)
            {
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (TimeoutException)
        {
            // Did not stop on SIGTERM: killed below.
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            process.Dispose();
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    [GeneratedRegex(@"successfully listens on http://127\.0\.0\.1:(\d+)")]
    private static partial Regex ListeningLine();
}
