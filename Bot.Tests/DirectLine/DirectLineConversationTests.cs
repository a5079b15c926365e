using System.Net;
using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.DirectLine;

/// <summary>
/// The Direct Line 3.0 REST calls Web Chat makes, against the real host (and the real GuidanceBot) on a real
/// Kestrel port. The clock is fake so token expiry can be tested without waiting.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class DirectLineConversationTests : IAsyncLifetime
{
    private readonly ManualClock _clock = ManualClock.Frozen();
    private BotServer _server = null!;
    private DirectLineTestClient _dl = null!;

    public async Task InitializeAsync()
    {
        _server = await BotServer.StartAsync(DirectLineTestClient.Settings(), services => services.AddSingleton<TimeProvider>(_clock));
        _dl = new DirectLineTestClient(_server);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task StartingAConversationDeliversTheWelcomeExactlyOnce()
    {
        var (conversationId, token, started) = await _dl.StartAsync();

        Assert.Equal(conversationId, (string?)started["conversationId"]);
        Assert.Equal(token, (string?)started["token"]);
        Assert.Equal(1800, (int)started["expires_in"]!);
        var streamUrl = (string)started["streamUrl"]!;
        Assert.StartsWith($"ws://{_server.BaseAddress.Authority}/v3/directline/conversations/{conversationId}/stream?", streamUrl);
        Assert.Contains("t=" + Uri.EscapeDataString(token), streamUrl);

        var log = await _dl.GetActivitiesAsync(conversationId, token);
        var activities = log["activities"]!.AsArray();
        var welcome = activities[0]!;
        Assert.Equal(DirectLineTestClient.ActivityId(conversationId, 0), (string?)welcome["id"]);
        Assert.Equal("message", (string?)welcome["type"]);
        Assert.Equal("guidancebot", (string?)welcome["from"]!["id"]);
        Assert.Equal("bot", (string?)welcome["from"]!["role"]);
        Assert.Equal(conversationId, (string?)welcome["conversation"]!["id"]);
        Assert.True(DateTimeOffset.TryParse((string?)welcome["timestamp"], out _));
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)welcome["attachments"]![0]!["contentType"]);
        Assert.Equal(activities.Count.ToString(), (string?)log["watermark"]);

        var (status, again) = await _dl.SendAsync(HttpMethod.Post, "conversations", token, "{}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(conversationId, (string?)again!["conversationId"]);
        Assert.Equal(activities.Count, (await _dl.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray().Count);
    }

    [Fact]
    public async Task APostedActivityIsEchoedWithAnIdAndItsClientActivityIdThenAnswered()
    {
        var (conversationId, token, _) = await _dl.StartAsync();
        var before = int.Parse((string)(await _dl.GetActivitiesAsync(conversationId, token))["watermark"]!);

        var id = await _dl.PostMessageAsync(conversationId, token, "hello", "cmv3u3o617");

        Assert.Equal(DirectLineTestClient.ActivityId(conversationId, before), id);
        var newer = await _dl.GetActivitiesAsync(conversationId, token, before.ToString());
        var activities = newer["activities"]!.AsArray();
        var echo = activities[0]!;
        Assert.Equal(id, (string?)echo["id"]);
        Assert.Equal("hello", (string?)echo["text"]);
        Assert.Equal("cmv3u3o617", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("directline", (string?)echo["channelId"]);
        Assert.StartsWith("dl_", (string?)echo["from"]!["id"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Equal("guidancebot", (string?)echo["recipient"]!["id"]);
        Assert.Equal(conversationId, (string?)echo["conversation"]!["id"]);
        Assert.Equal(new Uri(_server.BaseAddress, "v3/directline/").ToString(), (string?)echo["serviceUrl"]);
        Assert.True(DateTimeOffset.TryParse((string?)echo["timestamp"], out _));

        var replies = activities.Skip(1).ToList();
        Assert.NotEmpty(replies);
        for (var i = 0; i < replies.Count; i++)
        {
            Assert.Equal(DirectLineTestClient.ActivityId(conversationId, before + 1 + i), (string?)replies[i]!["id"]);
            Assert.Equal("guidancebot", (string?)replies[i]!["from"]!["id"]);
            Assert.Equal(id, (string?)replies[i]!["replyToId"]);
            Assert.NotNull((string?)replies[i]!["timestamp"]);
        }

        var watermark = (string)newer["watermark"]!;
        Assert.Equal((before + activities.Count).ToString(), watermark);
        var nothingNew = await _dl.GetActivitiesAsync(conversationId, token, watermark);
        Assert.Empty(nothingNew["activities"]!.AsArray());
        Assert.Equal(watermark, (string?)nothingNew["watermark"]);
        Assert.Equal(before + activities.Count, (await _dl.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray().Count);
    }

    [Fact]
    public async Task TheUserIdInTheBodyNeverOverridesTheTokensUser()
    {
        var (conversationId, token) = await _dl.GenerateTokenAsync("""{"user":{"id":"dl_alice0000000000000000000"}}""");
        await _dl.SendAsync(HttpMethod.Post, "conversations", token, """{"user":{"id":"dl_mallory"}}""");

        var id = await _dl.PostMessageAsync(conversationId, token, "hi", "c1", fromId: "dl_mallory");

        var echo = (await _dl.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray().Single(a => (string?)a!["id"] == id)!;
        Assert.Equal("dl_alice0000000000000000000", (string?)echo["from"]!["id"]);
        Assert.Equal("Test User", (string?)echo["from"]!["name"]);
    }

    [Fact]
    public async Task AnotherConversationsTokenIsRefusedWith403()
    {
        var (conversationA, tokenA, _) = await _dl.StartAsync();
        var (_, tokenB, _) = await _dl.StartAsync();

        foreach (var (method, path, body) in new[]
        {
            (HttpMethod.Get, $"conversations/{conversationA}/activities", (string?)null),
            (HttpMethod.Post, $"conversations/{conversationA}/activities", DirectLineTestClient.WebChatMessage("sneaky", "c2")),
            (HttpMethod.Get, $"conversations/{conversationA}?watermark=0", null),
        })
        {
            var (status, error) = await _dl.SendAsync(method, path, tokenB, body);
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.Equal("Forbidden", (string?)error!["error"]!["code"]);
        }

        Assert.DoesNotContain(
            (await _dl.GetActivitiesAsync(conversationA, tokenA))["activities"]!.AsArray(),
            activity => (string?)activity!["text"] == "sneaky");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJjb252IjoieCIsInVzZXIiOiJkbF94In0.")]
    public async Task MissingOrForgedTokensAreRefusedWith403AndAJsonError(string? bearer)
    {
        var (conversationId, _, _) = await _dl.StartAsync();

        var (status, error) = await _dl.SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities", bearer);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("Forbidden", (string?)error!["error"]!["code"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)error["error"]!["message"]));
    }

    [Fact]
    public async Task ATokenWithAnAlteredPayloadIsRefused()
    {
        var (conversationA, tokenA, _) = await _dl.StartAsync();
        var (conversationB, tokenB, _) = await _dl.StartAsync();
        var parts = tokenA.Split('.');
        var forged = string.Join('.', parts[0], tokenB.Split('.')[1], parts[2]); // B's claims under A's signature

        var (status, _) = await _dl.SendAsync(HttpMethod.Get, $"conversations/{conversationB}/activities", forged);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.NotEqual(conversationA, conversationB);
    }

    [Fact]
    public async Task AnExpiredTokenIs403TokenExpiredAndCannotBeRefreshed()
    {
        var (conversationId, token, _) = await _dl.StartAsync();

        _clock.Advance(TimeSpan.FromMinutes(31));

        var (status, error) = await _dl.SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities", token);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("TokenExpired", (string?)error!["error"]!["code"]);
        var (refreshStatus, refreshError) = await _dl.SendAsync(HttpMethod.Post, "tokens/refresh", token);
        Assert.Equal(HttpStatusCode.Forbidden, refreshStatus);
        Assert.Equal("TokenExpired", (string?)refreshError!["error"]!["code"]);
    }

    [Fact]
    public async Task RefreshingATokenKeepsTheConversationGoing()
    {
        var (conversationId, token, _) = await _dl.StartAsync();
        _clock.Advance(TimeSpan.FromMinutes(20));

        var (status, refreshed) = await _dl.SendAsync(HttpMethod.Post, "tokens/refresh", token);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(conversationId, (string?)refreshed!["conversationId"]);
        Assert.Equal(1800, (int)refreshed["expires_in"]!);
        var newToken = (string)refreshed["token"]!;
        Assert.NotEqual(token, newToken);

        _clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.Forbidden, (await _dl.SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities", token)).Status);
        var id = await _dl.PostMessageAsync(conversationId, newToken, "still here", "c3");
        Assert.Contains(
            (await _dl.GetActivitiesAsync(conversationId, newToken))["activities"]!.AsArray(),
            activity => (string?)activity!["id"] == id);
    }

    [Fact]
    public async Task UnknownConversationsAre404()
    {
        var (unstarted, unstartedToken) = await _dl.GenerateTokenAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await _dl.SendAsync(HttpMethod.Get, "conversations/NoSuchConversation/activities", DirectLineTestClient.Secret)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _dl.SendAsync(HttpMethod.Get, "conversations/bad.id/activities", DirectLineTestClient.Secret)).Status);
        var (status, error) = await _dl.SendAsync(HttpMethod.Get, $"conversations/{unstarted}/activities", unstartedToken);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("NotFound", (string?)error!["error"]!["code"]);
        Assert.Equal(HttpStatusCode.NotFound, (await _dl.SendAsync(HttpMethod.Post, $"conversations/{unstarted}/activities", unstartedToken, DirectLineTestClient.WebChatMessage("x", "c4"))).Status);
    }

    [Fact]
    public async Task ReconnectingGivesTheTokenAndAStreamUrlFromTheWatermark()
    {
        var (conversationId, token, _) = await _dl.StartAsync();

        var (status, conversation) = await _dl.SendAsync(HttpMethod.Get, $"conversations/{conversationId}?watermark=1", token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(conversationId, (string?)conversation!["conversationId"]);
        Assert.Equal(token, (string?)conversation["token"]);
        Assert.Contains($"/conversations/{conversationId}/stream?watermark=1&t=", (string?)conversation["streamUrl"]);
    }

    [Theory]
    [InlineData("conversations/{id}/activities", "{\"type\":\"message\",")]
    [InlineData("conversations/{id}/activities", "{\"text\":\"no type\"}")]
    [InlineData("conversations/{id}/activities", "")]
    [InlineData("conversations", "{\"user\":")]
    public async Task MalformedBodiesAre400AndTheServiceKeepsServing(string path, string body)
    {
        var (conversationId, token, _) = await _dl.StartAsync();

        var (status, error) = await _dl.SendAsync(HttpMethod.Post, path.Replace("{id}", conversationId), token, body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BadArgument", (string?)error!["error"]!["code"]);
        await _dl.PostMessageAsync(conversationId, token, "after the bad one", "c5");
    }

    [Fact]
    public async Task AWatermarkThatIsNotANumberIs400()
    {
        var (conversationId, token, _) = await _dl.StartAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await _dl.SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities?watermark=abc", token)).Status);
    }

    [Fact]
    public async Task ABodyOver256KBIs413()
    {
        var (conversationId, token, _) = await _dl.StartAsync();

        var (status, error) = await _dl.SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token, DirectLineTestClient.WebChatMessage(new string('a', 300 * 1024), "c6"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("PayloadTooLarge", (string?)error!["error"]!["code"]);
    }

    [Fact]
    public async Task TokensGenerateNeedsTheSecretAndRefreshNeedsAToken()
    {
        var (_, token, _) = await _dl.StartAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await _dl.SendAsync(HttpMethod.Post, "tokens/generate", token)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _dl.SendAsync(HttpMethod.Post, "tokens/generate", null)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _dl.SendAsync(HttpMethod.Post, "tokens/refresh", DirectLineTestClient.Secret)).Status);
    }

    [Fact]
    public async Task ASecretHolderCanStartAConversationForAChosenUser()
    {
        var (status, started) = await _dl.SendAsync(HttpMethod.Post, "conversations", DirectLineTestClient.Secret, """{"user":{"id":"user1"}}""");
        Assert.Equal(HttpStatusCode.Created, status);
        var conversationId = (string)started!["conversationId"]!;
        var token = (string)started["token"]!;
        Assert.NotEqual(DirectLineTestClient.Secret, token);

        var id = await _dl.PostMessageAsync(conversationId, token, "hi", "c7", fromId: "someone-else");

        var echo = (await _dl.GetActivitiesAsync(conversationId, DirectLineTestClient.Secret))["activities"]!.AsArray().Single(a => (string?)a!["id"] == id)!;
        Assert.Equal("user1", (string?)echo["from"]!["id"]);
    }
}
