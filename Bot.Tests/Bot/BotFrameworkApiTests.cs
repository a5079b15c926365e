using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Bot;

/// <summary>POST /api/messages on a real Kestrel port, without app credentials (anonymous development mode).</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class BotFrameworkApiTests : IAsyncLifetime
{
    private BotServer _server = null!;

    public async Task InitializeAsync() => _server = await BotServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ExpectRepliesReturnsTheTurnsRepliesInTheBody()
    {
        var response = await _server.Client.PostAsync("api/messages", Activities.Json(Activities.TeamsMessage("hello")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var reply = body["activities"]![0]!;
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal("28:bot", (string?)reply["from"]!["id"]);
        Assert.Equal("29:user-1", (string?)reply["recipient"]!["id"]);
        Assert.Equal("a:conv-1", (string?)reply["conversation"]!["id"]);
        Assert.Equal("1001", (string?)reply["replyToId"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)reply["text"]));
    }

    [Fact]
    public async Task EveryExpectRepliesBodyHasItsExactLengthAcrossTheFlow()
    {
        // Large (the guidance) and small bodies in turn, serialised through one reused buffer per thread: each must
        // be whole, announce its own length and carry nothing of the one before.
        string[] flow = ["start over", "mixed", "can join", "new", "jobs", "ngo", "start over", "mixed"];
        var sizes = new List<int>();
        for (var turn = 0; turn < flow.Length; turn++)
        {
            var response = await _server.Client.PostAsync("api/messages", Activities.Json(Activities.TeamsMessage(flow[turn], id: $"len-{turn}")));

            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
            Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            var activities = JsonNode.Parse(bytes)!["activities"]!.AsArray();
            Assert.NotEmpty(activities);
            Assert.All(activities, reply => Assert.Equal($"len-{turn}", (string?)reply!["replyToId"]));
            sizes.Add(bytes.Length);
        }

        Assert.True(sizes[5] > 4 * sizes[6], $"the guidance turn should answer with far more than a question: {string.Join(", ", sizes)}");
    }

    [Fact]
    public async Task BotJoiningATeamsConversationGetsTheWelcomeCard()
    {
        var update = Activities.TeamsMessage("");
        update["type"] = "conversationUpdate";
        update.Remove("text");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:user-1" }, new JsonObject { ["id"] = "28:bot" });

        var body = JsonNode.Parse(await (await _server.Client.PostAsync("api/messages", Activities.Json(update))).Content.ReadAsStringAsync())!;

        var attachment = body["activities"]![0]!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("1.5", (string?)attachment["content"]!["version"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)attachment["content"]!["fallbackText"]));
    }

    [Fact]
    public async Task AUserJoiningATeamDoesNotGetAWelcome()
    {
        var update = Activities.TeamsMessage("");
        update["type"] = "conversationUpdate";
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:someone-else" });

        var body = JsonNode.Parse(await (await _server.Client.PostAsync("api/messages", Activities.Json(update))).Content.ReadAsStringAsync())!;

        Assert.Empty(body["activities"]!.AsArray());
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\":\"no type\",\"conversation\":{\"id\":\"c\"}}")]
    [InlineData("{\"type\":\"message\",\"text\":\"no conversation\"}")]
    [InlineData("null")]
    public async Task MalformedOrIncompleteActivitiesAre400WithAJsonError(string body)
    {
        var response = await _server.Client.PostAsync("api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("BadArgument", (string?)error["code"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)error["message"]));
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task WrongContentTypeIs415()
    {
        var response = await _server.Client.PostAsync("api/messages", new StringContent("hello", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task BodyOver256KbIs413WithContentLength()
    {
        var activity = Activities.TeamsMessage(new string('x', 300 * 1024));

        var response = await _server.Client.PostAsync("api/messages", Activities.Json(activity));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task BodyOver256KbIs413WhenChunked()
    {
        var payload = Encoding.UTF8.GetBytes(Activities.TeamsMessage(new string('x', 300 * 1024)).ToJsonString());
        var content = new StreamContent(new NonSeekableStream(payload));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await _server.Client.PostAsync("api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task UnknownActivityTypeIs200WithNoReply()
    {
        var activity = Activities.TeamsMessage("");
        activity["type"] = "fooBar";
        activity.Remove("deliveryMode");

        var response = await _server.Client.PostAsync("api/messages", Activities.Json(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownInvokeIs501()
    {
        var activity = Activities.TeamsMessage("");
        activity["type"] = "invoke";
        activity["name"] = "unknown/thing";

        var response = await _server.Client.PostAsync("api/messages", Activities.Json(activity));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task ATokenIsRefusedWhenNoAppIdIsConfigured()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = Activities.Json(Activities.TeamsMessage("hi")) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "abc.def.ghi");

        var response = await _server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthAndReadinessAnswer()
    {
        Assert.Equal(HttpStatusCode.OK, (await _server.Client.GetAsync("healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _server.Client.GetAsync("readyz")).StatusCode);
    }

    private async Task AssertStillServingAsync()
    {
        var response = await _server.Client.PostAsync("api/messages", Activities.Json(Activities.TeamsMessage("still there?")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Forces chunked transfer: HttpClient cannot know the length of a non-seekable stream.</summary>
    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
