namespace GuidanceBot.Tests.Support;

/// <summary>
/// Where the Node clients the tests drive live (<c>Bot.Tests/Clients</c>, installed by <c>npm ci</c> from its
/// lock file). Nothing is ever downloaded at test time: a missing package fails with how to install it.
/// </summary>
public static class NodeClients
{
    private static readonly Lazy<string> ClientsDirectory = new(FindClientsDirectory);

    /// <summary>The absolute path of <c>Bot.Tests/Clients</c> in this checkout.</summary>
    public static string Directory => ClientsDirectory.Value;

    /// <summary>The absolute path of a file under <c>Bot.Tests/Clients</c> (a script, or a package file under node_modules).</summary>
    public static string RequireFile(string relativePath)
    {
        var path = Path.Combine(Directory, relativePath);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"{path} is missing. The Node clients the tests drive are installed by `npm ci` in Bot.Tests/Clients: run ./scripts/test.sh (or `cd Bot.Tests/Clients && npm ci`).");
        }

        return path;
    }

    /// <summary>The <c>node</c> executable on PATH, or a clear failure.</summary>
    public static string RequireNode()
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var directory in directories)
        {
            var candidate = Path.Combine(directory, "node");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("`node` is not on PATH. The end-to-end tests drive real Node clients; install Node.js 20+ and run ./scripts/test.sh.");
    }

    private static string FindClientsDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "Bot.Tests", "Clients");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No Bot.Tests/Clients/package.json above {AppContext.BaseDirectory}; the tests must run from a checkout of the repository.");
    }
}
