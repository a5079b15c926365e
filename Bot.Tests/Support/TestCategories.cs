namespace GuidanceBot.Tests.Support;

/// <summary>
/// The <c>Category</c> trait every test class carries, so <c>scripts/test.sh unit</c> (or <c>integration</c>) runs a
/// fast subset: <c>dotnet test --filter Category=Unit</c>.
/// </summary>
public static class TestCategories
{
    /// <summary>In-process logic: no server, no files beyond the content, no other process. Seconds for all of them.</summary>
    public const string Unit = "Unit";

    /// <summary>The real host on a loopback Kestrel port, SQLite files, HTTP and WebSocket clients.</summary>
    public const string Integration = "Integration";

    /// <summary>Real clients in other processes: Web Chat in Chromium, the Agents Playground, Azurite, the Node validators.</summary>
    public const string RealClients = "RealClients";
}
