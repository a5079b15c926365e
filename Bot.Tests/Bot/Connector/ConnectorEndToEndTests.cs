using System.Net;
using System.Text.Json.Nodes;
using GuidanceBot.Tests.Bot.Auth;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Bot.Connector;

/// <summary>
/// The whole path for a Teams message (protocol.md §7 row 9): signed request → real bot → reply posted to the
/// mock Connector with a client-credentials token. The real guidance bot answers, not a stand-in.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class ConnectorEndToEndTests : IAsyncLifetime
{
    private TestSigningAuthority _authority = null!;
    private MockTokenEndpoint _tokens = null!;
    private MockConnector _connector = null!;
    private BotServer _server = null!;

    public async Task InitializeAsync()
    {
        _authority = await TestSigningAuthority.StartAsync();
        _tokens = await MockTokenEndpoint.StartAsync();
        _connector = await MockConnector.StartAsync();
        var settings = _authority.BotSettings();
        settings["BotFrameworkAuth:AuthorityHost"] = _tokens.AuthorityHost;
        _server = await BotServer.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _connector.DisposeAsync();
        await _tokens.DisposeAsync();
        await _authority.DisposeAsync();
    }

    [Fact]
    public async Task AMessageIsAnsweredThroughTheConnector()
    {
        var response = await PostAsync(_authority.CreateToken(_connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_connector.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/amer/v3/conversations/a%3Aconv-1/activities/1001", call.RawTarget);
        Assert.Equal("Bearer token-1", call.Authorization);
        var reply = JsonNode.Parse(call.Body)!;
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal("28:bot", (string?)reply["from"]!["id"]);
        Assert.Equal("29:user-1", (string?)reply["recipient"]!["id"]);
        Assert.Equal("a:conv-1", (string?)reply["conversation"]!["id"]);
        Assert.Equal("1001", (string?)reply["replyToId"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)reply["text"]));
        Assert.Equal("/tenant-1/oauth2/v2.0/token", Assert.Single(_tokens.Requests).Path);
    }

    [Fact]
    public async Task ARefusedRequestNeverReachesTheConnector()
    {
        var forged = _authority.CreateToken(_connector.ServiceUrl, claims: c => c["aud"] = "someone-else");
        var otherServiceUrl = _authority.CreateToken("https://smba.trafficmanager.net/emea/");

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(forged)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(otherServiceUrl)).StatusCode);
        Assert.Empty(_connector.Calls);
        Assert.Empty(_tokens.Requests);
    }

    private async Task<HttpResponseMessage> PostAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = Activities.Json(Activities.TeamsMessage("hello", deliveryMode: null, serviceUrl: _connector.ServiceUrl)),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return await _server.Client.SendAsync(request);
    }
}
