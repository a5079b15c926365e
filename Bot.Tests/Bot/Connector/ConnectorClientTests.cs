using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceBot.Bot.Channels.BotFramework;
using GuidanceBot.Bot.Channels.BotFramework.Tokens;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Tests.Bot.Auth;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GuidanceBot.Tests.Bot.Connector;

/// <summary>
/// Outbound Connector calls from the real host's <see cref="IConnectorClient"/> to a mock Connector and a mock
/// Entra token endpoint, both on loopback ports (protocol.md §3, §7 rows 9, 22, 23).
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ConversationId = "19:abc@thread.tacv2;messageid=1001";
    private const string EscapedConversationId = "19%3Aabc%40thread.tacv2%3Bmessageid%3D1001";

    private readonly ManualClock _clock = new();
    private readonly CapturedLogs _logs = new();
    private MockConnector _connector = null!;
    private MockTokenEndpoint _tokens = null!;
    private BotServer _server = null!;
    private IConnectorClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await MockConnector.StartAsync();
        _tokens = await MockTokenEndpoint.StartAsync();
        _server = await BotServer.StartAsync(
            new Dictionary<string, string?>
            {
                ["BotFrameworkAuth:MicrosoftAppType"] = "SingleTenant",
                ["BotFrameworkAuth:MicrosoftAppId"] = TestSigningAuthority.AppId,
                ["BotFrameworkAuth:MicrosoftAppPassword"] = "test-secret",
                ["BotFrameworkAuth:MicrosoftAppTenantId"] = "tenant-1",
                ["BotFrameworkAuth:AuthorityHost"] = _tokens.AuthorityHost,
            },
            services =>
            {
                services.AddSingleton<TimeProvider>(_clock);
                services.AddSingleton(new ConnectorRetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(20) });
                services.AddSingleton<ILoggerProvider>(_logs);
            });
        _client = _server.Services.GetRequiredService<IConnectorClient>();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _tokens.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task AReplyIsPostedToItsActivityWithTheBotsBearerToken()
    {
        var response = await _client.SendAsync(Incoming().CreateReply("Here is the answer."), CancellationToken.None);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/amer/v3/conversations/{EscapedConversationId}/activities/1001", call.RawTarget);
        Assert.Equal("Bearer token-1", call.Authorization);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.Equal("activity-1", response.Id);

        var body = JsonNode.Parse(call.Body)!.AsObject();
        Assert.Equal("message", (string?)body["type"]);
        Assert.Equal("1001", (string?)body["replyToId"]);
        Assert.Equal("28:bot", (string?)body["from"]!["id"]);
        Assert.Equal("29:user-1", (string?)body["recipient"]!["id"]);
        Assert.Equal(ConversationId, (string?)body["conversation"]!["id"]);
        Assert.Equal("Here is the answer.", (string?)body["text"]);
        AssertCamelCaseWithoutNulls(body);
    }

    [Fact]
    public async Task TheTokenComesFromTheTenantsEntraEndpointWithTheBotFrameworkScope()
    {
        await _client.SendAsync(Incoming().CreateReply("hi"), CancellationToken.None);

        var request = Assert.Single(_tokens.Requests);
        Assert.Equal("/tenant-1/oauth2/v2.0/token", request.Path);
        Assert.Equal("client_credentials", request.Fields["grant_type"]);
        Assert.Equal(TestSigningAuthority.AppId, request.Fields["client_id"]);
        Assert.Equal("test-secret", request.Fields["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", request.Fields["scope"]);
    }

    [Fact]
    public async Task OneTokenServesTwoSends()
    {
        await _client.SendAsync(Incoming().CreateReply("one"), CancellationToken.None);
        await _client.SendAsync(Incoming().CreateReply("two"), CancellationToken.None);

        Assert.Single(_tokens.Requests);
        Assert.All(_connector.Calls, call => Assert.Equal("Bearer token-1", call.Authorization));
        Assert.Equal(2, _connector.Calls.Count);
    }

    [Fact]
    public async Task ConcurrentSendsShareOneTokenRequest()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => _client.SendAsync(Incoming().CreateReply($"reply {i}"), CancellationToken.None)));

        Assert.Single(_tokens.Requests);
        Assert.Equal(8, _connector.Calls.Count);
    }

    [Fact]
    public async Task TheTokenIsRenewedFiveMinutesBeforeItExpires()
    {
        await _client.SendAsync(Incoming().CreateReply("one"), CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(3599 - 300 - 30));
        await _client.SendAsync(Incoming().CreateReply("two"), CancellationToken.None);
        Assert.Single(_tokens.Requests);

        _clock.Advance(TimeSpan.FromSeconds(60));
        await _client.SendAsync(Incoming().CreateReply("three"), CancellationToken.None);
        Assert.Equal(2, _tokens.Requests.Count);
        Assert.Equal("Bearer token-2", _connector.Calls[^1].Authorization);
    }

    [Fact]
    public async Task A401GetsOneFreshTokenAndOneRetry()
    {
        _connector.Answer(401, """{"error":{"code":"BotNotRegistered","message":"x"}}""");

        var response = await _client.SendAsync(Incoming().CreateReply("hi"), CancellationToken.None);

        Assert.Equal(["Bearer token-1", "Bearer token-2"], _connector.Calls.Select(call => call.Authorization));
        Assert.Equal(2, _tokens.Requests.Count);
        Assert.Equal("activity-1", response.Id);
    }

    [Fact]
    public async Task ASecond401IsFinal()
    {
        _connector.Answer(401);
        _connector.Answer(401);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync(Incoming().CreateReply("hi"), CancellationToken.None));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal(2, _connector.Calls.Count);
        Assert.Equal(2, _tokens.Requests.Count);
    }

    [Fact]
    public async Task Throttling429IsRetriedOnceAfterRetryAfterSeconds()
    {
        _connector.Answer(429, """{"error":{"code":"Throttled"}}""", headers: response => response.Headers.RetryAfter = "2");

        await _client.SendAsync(Incoming().CreateReply("hi"), CancellationToken.None);

        var calls = _connector.Calls;
        Assert.Equal(2, calls.Count);
        Assert.True(Stopwatch.GetElapsedTime(calls[0].ReceivedAt, calls[1].ReceivedAt) >= TimeSpan.FromSeconds(1.95));
    }

    [Fact]
    public async Task RetryAfterAsAnHttpDateIsHonoured()
    {
        _connector.Answer(429, headers: response => response.Headers.RetryAfter = DateTimeOffset.UtcNow.AddSeconds(1).ToString("R"));

        await _client.SendAsync(Incoming().CreateReply("hi"), CancellationToken.None);

        Assert.Equal(2, _connector.Calls.Count);
    }

    [Fact]
    public async Task ARetryAfterLongerThanTheTurnCanWaitIsFinal()
    {
        _connector.Answer(429, headers: response => response.Headers.RetryAfter = "120");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync(Incoming().CreateReply("hi"), CancellationToken.None));

        Assert.Equal(429, error.StatusCode);
        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task ServiceUnavailableIsTriedThreeTimesThenSurfaced()
    {
        for (var i = 0; i < 3; i++)
        {
            _connector.Answer(503);
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync(Incoming().CreateReply("hi"), CancellationToken.None));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(3, _connector.Calls.Count);
        Assert.Equal(2, _logs.Count(1120));
        Assert.Equal(1, _logs.Count(1123));
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task TransientFailuresAreRetried(int status)
    {
        _connector.Answer(status);

        var response = await _client.SendAsync(Incoming().CreateReply("hi"), CancellationToken.None);

        Assert.Equal(2, _connector.Calls.Count);
        Assert.Equal("activity-1", response.Id);
    }

    [Theory]
    [InlineData(400, "BadArgument")]
    [InlineData(403, "BotNotInConversationRoster")]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(413, "MessageSizeTooBig")]
    [InlineData(500, "ServiceError")]
    public async Task FinalFailuresAreNotRetriedAndAreLoggedWithoutTheirMessage(int status, string code)
    {
        _connector.Answer(status, $$$"""{"error":{"code":"{{{code}}}","message":"Details about Pat's conversation"}}""",
            headers: response => response.Headers[ConnectorClient.CorrelationHeader] = "corr-42");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync(Incoming().CreateReply("Private words"), CancellationToken.None));

        Assert.Single(_connector.Calls);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal("corr-42", error.CorrelationId);
        var logged = Assert.Single(_logs.Entries, entry => entry.EventId == 1123);
        Assert.Contains(code, logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Entries, entry => entry.Message.Contains("Pat", StringComparison.Ordinal)
            || entry.Message.Contains("Private words", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUpdateIsAPutToTheReplacedActivity()
    {
        var update = Incoming().CreateReply("new card");
        update.Id = "3003";

        await _client.UpdateAsync(update, CancellationToken.None);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal("PUT", call.Method);
        Assert.Equal($"/amer/v3/conversations/{EscapedConversationId}/activities/3003", call.RawTarget);
        Assert.Equal("Bearer token-1", call.Authorization);
    }

    [Theory]
    [InlineData("amer/")]
    [InlineData("amer")]
    public async Task AServiceUrlWithOrWithoutTrailingSlashGivesTheSamePath(string path)
    {
        await _client.SendAsync(Incoming(_connector.Url(path)).CreateReply("hi"), CancellationToken.None);

        Assert.Equal($"/amer/v3/conversations/{EscapedConversationId}/activities/1001", Assert.Single(_connector.Calls).RawTarget);
    }

    [Fact]
    public async Task TypingGoesToTheConversationWithTheToken()
    {
        var typing = MessageFactory.Typing();
        Incoming().ApplyConversationTo(typing);

        await _client.SendAsync(typing, CancellationToken.None);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal($"/amer/v3/conversations/{EscapedConversationId}/activities", call.RawTarget);
        Assert.Equal("Bearer token-1", call.Authorization);
        Assert.Equal("typing", (string?)JsonNode.Parse(call.Body)!["type"]);
    }

    [Fact]
    public async Task RedirectsAreNotFollowedSoTheTokenStaysWithTheServiceUrl()
    {
        await using var elsewhere = await MockConnector.StartAsync();
        _connector.Answer(307, headers: response => response.Headers.Location = elsewhere.Url("collect"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync(Incoming().CreateReply("hi"), CancellationToken.None));

        Assert.Equal(307, error.StatusCode);
        Assert.Empty(elsewhere.Calls);
    }

    [Fact]
    public async Task TheTokenIsNeverSentOverPlainHttpToARemoteHost()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _client.SendAsync(Incoming("http://connector.example/amer/").CreateReply("hi"), CancellationToken.None));

        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task ARefusedTokenRequestSurfacesWithoutCallingTheConnector()
    {
        _tokens.RefuseClient = true;

        await Assert.ThrowsAsync<ConnectorTokenException>(() => _client.SendAsync(Incoming().CreateReply("hi"), CancellationToken.None));

        Assert.Empty(_connector.Calls);
        var logged = Assert.Single(_logs.Entries, entry => entry.EventId == 1111);
        Assert.Contains("invalid_client", logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AADSTS", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NetworkErrorsAreRetriedThenSurfaced()
    {
        var closed = await MockConnector.StartAsync();
        var deadServiceUrl = closed.ServiceUrl;
        await closed.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => _client.SendAsync(Incoming(deadServiceUrl).CreateReply("hi"), CancellationToken.None));

        Assert.Equal(2, _logs.Count(1121));
    }

    private Activity Incoming(string? serviceUrl = null)
    {
        var json = Activities.TeamsMessage("hello", deliveryMode: null, serviceUrl: serviceUrl ?? _connector.ServiceUrl);
        json["conversation"]!["id"] = ConversationId;
        return ProtocolJson.DeserializeActivity(Encoding.UTF8.GetBytes(json.ToJsonString()))!;
    }

    private static void AssertCamelCaseWithoutNulls(JsonNode? node)
    {
        switch (node)
        {
            case null:
                Assert.Fail("The body holds a null.");
                break;
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    Assert.True(char.IsLower(name[0]) || name[0] == '@', $"'{name}' is not camelCase.");
                    AssertCamelCaseWithoutNulls(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    AssertCamelCaseWithoutNulls(item);
                }

                break;
        }
    }
}
