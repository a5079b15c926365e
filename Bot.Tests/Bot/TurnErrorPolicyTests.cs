using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceBot.Bot.Telemetry;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GuidanceBot.Tests.Bot;

/// <summary>A failing turn: the user hears something kind, the dialog state is reset, the log holds no message text.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class TurnErrorPolicyTests : IAsyncLifetime
{
    private const string PrivateText = "Amina Haddad from Gaziantep needs a loan";
    private readonly CapturedLogs _logs = new();
    private BotServer _server = null!;

    public async Task InitializeAsync() => _server = await BotServer.StartAsync(services: services =>
    {
        services.AddSingleton<IBot, ThrowingBot>();
        services.AddLogging(logging => logging.AddProvider(_logs));
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AFailingTurnIsAnsweredKindlyResetsStateAndLogsNoMessageText()
    {
        var storage = _server.Services.GetRequiredService<IStorage>();
        var conversationKey = "msteams/conversations/a:conv-1";
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [conversationKey] = new("{\"stack\":[\"broken\"]}"u8.ToArray(), null) }, default);

        var response = await _server.Client.PostAsync("api/messages", Activities.Json(Activities.TeamsMessage(PrivateText)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]![0]!;
        Assert.Contains("Sorry", (string?)reply["text"], StringComparison.Ordinal);
        Assert.Empty(await storage.ReadAsync([conversationKey], default));
        Assert.Contains(_logs.Lines, line => line.Contains("[1002]", StringComparison.Ordinal));
        Assert.DoesNotContain("Amina", _logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Gaziantep", _logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailingTurnIsLoggedInItsConversationsHashScope()
    {
        var message = Activities.TeamsMessage(PrivateText);

        await _server.Client.PostAsync("api/messages", Activities.Json(message));

        var failure = Assert.Single(_logs.Entries, entry => entry.EventId == 1002);
        var hash = ConversationHash.Of((string)message["conversation"]!["id"]!);
        Assert.Contains($"Conversation {hash}", failure.Scopes!);
        Assert.DoesNotContain(failure.Scopes!, scope => scope.Contains((string)message["conversation"]!["id"]!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFailingInvokeAnswers500AndTheServerKeepsServing()
    {
        var invoke = Activities.TeamsMessage(PrivateText);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";

        var response = await _server.Client.PostAsync("api/messages", Activities.Json(invoke));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _server.Client.GetAsync("healthz")).StatusCode);
    }

    /// <summary>Fails every turn with an exception whose message carries the user's text, as careless code might.</summary>
    private sealed class ThrowingBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Could not handle: " + Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(turnContext.Activity.Text ?? "")));
    }
}
