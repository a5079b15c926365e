using System.Net;
using System.Text.Json.Nodes;
using GuidanceBot.Tests.Bot.Connector;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Bot.Teams;

/// <summary>Universal Actions and feedback over the real /api/messages, with a mock Connector taking the replies.</summary>
[Trait("Category", TestCategories.RealClients)]
public sealed class TeamsInvokeTests : IAsyncLifetime
{
    private MockConnector _connector = null!;
    private BotServer _server = null!;

    public async Task InitializeAsync()
    {
        _connector = await MockConnector.StartAsync();
        _server = await BotServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task AnInvokeWithoutAnActionIs400WithAnErrorBody()
    {
        var response = await PostAsync(Invoke("adaptiveCard/action", new JsonObject()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal("BadRequest", (string?)body["value"]!["code"]);
    }

    [Fact]
    public async Task AnActionSubmitThroughTheInvokeIs400NotSupported()
    {
        var response = await PostAsync(Invoke("adaptiveCard/action", new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Submit" } }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("NotSupported", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!["code"]);
    }

    [Fact]
    public async Task AnExecutePressIsAnsweredWithTheAnsweredCardAndTheNextQuestionFollows()
    {
        await PostAsync(Message("start over", "m1"));
        var question = LastCardSent();
        var button = question["actions"]!.AsArray().Select(a => a!.AsObject()).First(a => (string?)a["data"]!["value"] == "mixed");
        Assert.Equal("Action.Execute", (string?)button["type"]);
        Assert.Equal("answer", (string?)button["verb"]);
        Assert.Equal("Action.Submit", (string?)button["fallback"]!["type"]);
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(question));

        var press = Invoke("adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "answer", ["data"] = button["data"]!.DeepClone() },
            ["trigger"] = "manual",
        });
        press["replyToId"] = "card-message-1";
        var calls = _connector.Calls.Count;
        var response = await PostAsync(press);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Null(body["value"]!["actions"]);
        Assert.Contains("Your answer: Both together", body["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("What does the law let", string.Join("\n", _connector.Calls.Skip(calls).Select(c => c.Body)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStaleExecutePressChangesNothing()
    {
        await PostAsync(Message("start over", "s1"));
        var first = LastCardSent();
        await PostAsync(Message("host", "s2"));
        var stale = first["actions"]![0]!["data"]!.DeepClone();

        var response = await PostAsync(Invoke("adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "answer", ["data"] = stale },
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)answer["type"]);
        Assert.Contains("from earlier", (string?)answer["value"], StringComparison.Ordinal);
        var summary = await PostAsync(Message("summary", "s4", expectReplies: true));
        Assert.Contains("Members: Host community", await summary.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsFeedbackIsStoredPerGuidanceItemAndAnsweredWithAnEmptyBody()
    {
        var guidanceReply = await FlowToGuidanceAsync();
        Assert.Equal("default", (string?)guidanceReply["channelData"]!["feedbackLoop"]!["type"]);

        var response = await PostAsync(Invoke("message/submitAction", new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = "dislike", ["feedback"] = "{\"feedbackText\":\"too general\"}" },
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var summary = JsonNode.Parse(await _server.Client.GetStringAsync("api/feedback/summary"))!;
        var items = summary["items"]!.AsArray();
        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.Equal(1, (int)item!["dislikes"]!));
        Assert.All(items, item => Assert.StartsWith("P", (string?)item!["item"], StringComparison.Ordinal));
        Assert.DoesNotContain("too general", summary.ToJsonString(), StringComparison.Ordinal);
    }

    private async Task<JsonNode> FlowToGuidanceAsync()
    {
        JsonNode? last = null;
        var n = 0;
        foreach (var text in new[] { "start over", "mixed", "can join", "new", "jobs", "ngo" })
        {
            var response = await PostAsync(Message(text, "f" + n++, expectReplies: true));
            last = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        }

        return last!["activities"]!.AsArray().Last(a => a!["channelData"]?["feedbackLoop"] is not null)!;
    }

    private JsonNode LastCardSent() =>
        _connector.Calls
            .Select(call => JsonNode.Parse(call.Body))
            .Last(activity => activity?["attachments"]?[0]?["content"]?["actions"] is JsonArray actions && actions.Any(a => (string?)a?["data"]?["verb"] == "answer"))!
            ["attachments"]![0]!["content"]!;

    private JsonObject Message(string text, string id, bool expectReplies = false)
    {
        var message = Activities.TeamsMessage(text, id, expectReplies ? "expectReplies" : null, _connector.ServiceUrl);
        message.Remove("deliveryMode");
        if (expectReplies)
        {
            message["deliveryMode"] = "expectReplies";
        }

        return message;
    }

    private JsonObject Invoke(string name, JsonObject value)
    {
        var invoke = Message("", "i-" + Guid.NewGuid().ToString("N"));
        invoke["type"] = "invoke";
        invoke["name"] = name;
        invoke["value"] = value;
        invoke.Remove("text");
        return invoke;
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) => _server.Client.PostAsync("api/messages", Activities.Json(activity));
}
