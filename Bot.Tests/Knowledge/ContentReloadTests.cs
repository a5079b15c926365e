using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GuidanceBot.Tests.Knowledge;

/// <summary>The running bot reloads content when files change; an invalid edit is rejected and the last good content stays.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class ContentReloadTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    /// <summary>KnowledgeLog.ContentRejected: the watcher read the edit and kept the last good content.</summary>
    private const int ContentRejectedEvent = 3003;

    private readonly ContentFolder _folder = new();
    private readonly CapturedLogs _logs = new();
    private BotServer _server = null!;

    public async Task InitializeAsync() => _server = await BotServer.StartAsync(
        new Dictionary<string, string?>
        {
            ["Knowledge:ContentPath"] = _folder.Path,
            ["Knowledge:ReloadDelayMilliseconds"] = "100",
        },
        services => services.AddLogging(logging => logging.AddProvider(_logs)));

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task AValidEditIsServedAndAnInvalidOneIsRejected()
    {
        var provider = _server.Services.GetRequiredService<IKnowledgeBaseProvider>();
        var original = provider.Current.Version;

        _folder.Replace("study/pathways.yml", "title: \"Returnees rebuild their communities through cooperatives\"", "title: \"Returnees rebuild home through cooperatives\"");
        var edited = await WaitForAsync(() => provider.Current.Version != original ? provider.Current : null);
        Assert.Equal("Returnees rebuild home through cooperatives", edited.Get("P7").Title);
        var body = await _server.Client.PostAsJsonAsync("api/guidance", new { membership = "returnee" });
        Assert.Equal("Returnees rebuild home through cooperatives", (string?)JsonNode.Parse(await body.Content.ReadAsStringAsync())!["pathways"]![0]!["title"]);

        _folder.Replace("study/pathways.yml", "  - id: P7\n", "  - id: P8\n");
        await WaitForAsync(() => _logs.Count(ContentRejectedEvent) > 0 ? provider.Current : null);
        Assert.Same(edited, provider.Current);
        Assert.Equal("Returnees rebuild home through cooperatives", provider.Current.Get("P7").Title);

        _folder.Replace("study/pathways.yml", "  - id: P8\n", "  - id: P7\n");
        _folder.Replace("study/pathways.yml", "Returnees rebuild home through cooperatives", "Returnees rebuild their towns through cooperatives");
        var fixedAgain = await WaitForAsync(() => provider.Current.Get("P7").Title.Contains("towns", StringComparison.Ordinal) ? provider.Current : null);
        Assert.NotEqual(edited.Version, fixedAgain.Version);
    }

    private static async Task<KnowledgeBase> WaitForAsync(Func<KnowledgeBase?> probe)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (probe() is { } result)
            {
                return result;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The content change was not read in time.");
    }
}
