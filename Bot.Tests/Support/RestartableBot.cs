using Microsoft.Data.Sqlite;

namespace GuidanceBot.Tests.Support;

/// <summary>
/// One deployment of the bot that a test can stop and start again, as an operator restarts the process: the same
/// loopback port (so a browser page keeps its origin and its saved session), the same SQLite file (the bot's
/// conversation state and the embedded Direct Line's transcripts) and the same Direct Line secret (so tokens
/// issued before the restart stay valid). The file is deleted on dispose.
/// </summary>
public sealed class RestartableBot : IAsyncDisposable
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"guidancebot-e2e-{Guid.NewGuid():N}.db");
    private readonly string _secret = "e2e-restart-" + Guid.NewGuid().ToString("N");
    private readonly int _port = FreeTcpPort.Next();

    /// <summary>The running server, or null while stopped.</summary>
    public BotServer? Server { get; private set; }

    /// <summary>The same for every start: <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{_port}/");

    public async Task<BotServer> StartAsync()
    {
        if (Server is not null)
        {
            throw new InvalidOperationException("The bot is already running; stop it first.");
        }

        Server = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["urls"] = BaseAddress.ToString().TrimEnd('/'),
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SqlitePath"] = _databasePath,
            ["DirectLine:Secret"] = _secret,
        });
        if (Server.BaseAddress.Port != _port)
        {
            throw new InvalidOperationException($"The bot listens on {Server.BaseAddress}, not on the fixed port {_port} it was given.");
        }

        return Server;
    }

    /// <summary>Stops the process's host as a shutdown does: open streams are closed, state is already on disk.</summary>
    public async Task StopAsync()
    {
        if (Server is { } server)
        {
            Server = null;
            await server.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }
}
