using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Tests.DirectLine;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GuidanceBot.Tests.Privacy;

/// <summary>What users type about people stays out of logs, descriptions are not stored, and "forget me" forgets.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class PrivacyTests : IAsyncLifetime
{
    private static readonly string[] Private = ["Amina", "Haddad", "Gaziantep", "amina.haddad@example.org", "Yusuf", "Fatima Yilmaz"];

    private readonly CapturedLogs _logs = new();
    private BotServer _server = null!;

    public async Task InitializeAsync() => _server = await BotServer.StartAsync(
        DirectLineTestClient.Settings(("Logging:LogLevel:Default", "Trace"), ("Logging:LogLevel:Microsoft", "Trace")),
        services => services.AddLogging(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace)));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AWholeConversationLeavesNoMessageTextNamesOrEmailsInTheLogs()
    {
        var directLine = new DirectLineTestClient(_server);
        var (conversationId, token, _) = await directLine.StartAsync();
        var n = 0;
        foreach (var text in new[]
        {
            "We support Amina Haddad and other refugees in Gaziantep who can only join cooperatives",
            "start",
            "Amina says: mixed",
            "Who is Yusuf? Write to amina.haddad@example.org",
            "mixed",
            "new",
            "jobs",
            "ngo",
            "delete my data",
        })
        {
            await directLine.PostMessageAsync(conversationId, token, text, "p" + n++);
        }

        var teams = Activities.TeamsMessage("Fatima Yilmaz from Gaziantep asks: what is a SACCO?", "priv-1");
        teams["from"]!["name"] = "Fatima Yilmaz";
        await _server.Client.PostAsync("api/messages", Activities.Json(teams));

        Assert.NotEmpty(_logs.Lines);
        foreach (var secret in Private)
        {
            Assert.DoesNotContain(secret, _logs.AllText, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task ADescriptionIsReadThenDiscardedAndForgetMeLeavesNothingBehind()
    {
        var storage = _server.Services.GetRequiredService<IStorage>();
        var key = "msteams/conversations/a:conv-1";
        var description = Activities.TeamsMessage("Amina Haddad helps displaced people in Gaziantep who can only join cooperatives", "d1");
        var reply = await _server.Client.PostAsync("api/messages", Activities.Json(description));
        Assert.Contains("Here is what I understood", await reply.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var stored = System.Text.Encoding.UTF8.GetString((await storage.ReadAsync([key], default))[key].Utf8Json);
        Assert.DoesNotContain("Amina", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Gaziantep", stored, StringComparison.Ordinal);
        Assert.Contains("displaced", stored, StringComparison.Ordinal);

        var forget = await _server.Client.PostAsync("api/messages", Activities.Json(Activities.TeamsMessage("forget me", "d2")));
        Assert.Contains("deleted your answers", JsonNode.Parse(await forget.Content.ReadAsStringAsync())!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await storage.ReadAsync([key], default));
    }
}
