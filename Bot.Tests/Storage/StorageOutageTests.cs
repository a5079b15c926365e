using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Knowledge.Responses;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GuidanceBot.Tests.Storage;

/// <summary>
/// The real host on Azure Blob storage (Azurite, on disk so its data survives a restart) while the store goes
/// away and comes back: readiness follows the store, the user is asked to try again, nothing is written or
/// deleted meanwhile, and the bot recovers without a restart of its own.
/// </summary>
[Trait("Category", TestCategories.RealClients)]
public sealed class StorageOutageTests : IAsyncLifetime
{
    private const string PrivateText = "Amina Haddad from Gaziantep";
    private const string ConversationKey = "msteams/conversations/a:conv-1";
    private readonly CapturedLogs _logs = new();
    private Azurite _azurite = null!;
    private BotServer _server = null!;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartOnDiskAsync();
        _server = await BotServer.StartAsync(
            new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "AzureBlob",
                ["Storage:AzureBlob:ConnectionString"] = _azurite.ConnectionString,
                ["Storage:AzureBlob:Container"] = "outage-test",
            },
            services =>
            {
                services.AddSingleton<IBot, CountingBot>();
                services.AddLogging(logging => logging.AddProvider(_logs));
            });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task AnOutageAsksTheUserToTryAgainWritesNothingAndTheBotRecoversByItself()
    {
        var storage = _server.Services.GetRequiredService<IStorage>();
        var tryAgain = _server.Services.GetRequiredService<ResponseCatalog>().Get("error.storageUnavailable");
        Assert.Equal(HttpStatusCode.OK, (await _server.Client.GetAsync("readyz")).StatusCode);
        Assert.Equal("turn 1", await SendAsync("hello"));

        await _azurite.StopAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _server.Client.GetAsync("readyz")).StatusCode);
        Assert.Equal(tryAgain, await SendAsync(PrivateText));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.ReadAsync([ConversationKey], default));
        Assert.Contains(_logs.Lines, line => line.Contains("[1301]", StringComparison.Ordinal));
        Assert.DoesNotContain("Amina", _logs.AllText, StringComparison.Ordinal);

        await _azurite.StartAgainAsync();

        await WaitUntilReadyAsync();
        Assert.Equal("1", Encoding.UTF8.GetString((await storage.ReadAsync([ConversationKey], default))[ConversationKey].Utf8Json));
        Assert.Equal("turn 2", await SendAsync("hello again"));
    }

    [Fact]
    public async Task AnInvokeDuringAnOutageAnswers503()
    {
        await _azurite.StopAsync();
        var invoke = Activities.TeamsMessage("card");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";

        var response = await _server.Client.PostAsync("api/messages", Activities.Json(invoke));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    private async Task<string?> SendAsync(string text)
    {
        var response = await _server.Client.PostAsync("api/messages", Activities.Json(Activities.TeamsMessage(text)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        return (string?)Assert.Single(activities)!["text"];
    }

    private async Task WaitUntilReadyAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((await _server.Client.GetAsync("readyz")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "/readyz did not recover within 20 s of Azurite coming back.\n" + _azurite.Output);
            await Task.Delay(200);
        }
    }

    /// <summary>Counts the turns of a conversation in storage: a read, then a conditional write, as a dialog does.</summary>
    private sealed class CountingBot(IStorage storage) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            var key = StateKeys.Conversation(turnContext.Activity);
            var found = await storage.ReadAsync([key], cancellationToken);
            var count = found.TryGetValue(key, out var item) ? int.Parse(Encoding.UTF8.GetString(item.Utf8Json), CultureInfo.InvariantCulture) + 1 : 1;
            var value = Encoding.UTF8.GetBytes(count.ToString(CultureInfo.InvariantCulture));
            await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(value, item?.ETag ?? ETags.New) }, cancellationToken);
            await turnContext.SendActivityAsync(MessageFactory.Text($"turn {count}"), cancellationToken);
        }
    }
}
