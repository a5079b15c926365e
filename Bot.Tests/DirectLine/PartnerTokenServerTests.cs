using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Tests.DirectLine;

/// <summary>
/// <c>POST /api/directline/token</c> for partner sites: origin allow-list and CORS (preflights included), the
/// per-client rate limit, user ids, and Azure mode against a mock Direct Line that must never see the secret leak.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class PartnerTokenServerTests
{
    private const string Partner = "https://partner.example";
    private const string Stranger = "https://evil.example";
    private const string AzureSecret = "azure-channel-secret-7f3a9c";

    [Fact]
    public async Task AnAllowedOriginGetsATokenThatStartsItsOwnConversation()
    {
        await using var server = await StartAsync();
        var dl = new DirectLineTestClient(server);

        using var response = await RequestTokenAsync(server, Partner);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Partner, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var issued = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var token = (string)issued["token"]!;
        var userId = (string)issued["userId"]!;
        Assert.Matches("^dl_[A-Za-z0-9_-]{22}$", userId);
        Assert.Equal(1800, (int)issued["expires_in"]!);

        var (status, started) = await dl.SendAsync(HttpMethod.Post, "conversations", token, """{"user":{"id":"r_webchat"}}""", origin: Partner);
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal((string?)issued["conversationId"], (string?)started!["conversationId"]);
        var conversationId = (string)started["conversationId"]!;
        var id = await dl.PostMessageAsync(conversationId, token, "hello", "p1", fromId: "r_webchat");
        var echo = (await dl.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray().Single(a => (string?)a!["id"] == id)!;
        Assert.Equal(userId, (string?)echo["from"]!["id"]);

        // The token is bound to the partner's origin: a page elsewhere cannot use it.
        Assert.Equal(HttpStatusCode.Forbidden, (await dl.SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities", token, origin: Stranger)).Status);
    }

    [Fact]
    public async Task ARequestFromAnOriginNotAllowedIs403WithoutAToken()
    {
        await using var server = await StartAsync();

        using var response = await RequestTokenAsync(server, Stranger);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Forbidden", (string?)body["error"]!["code"]);
        Assert.Null(body["token"]);
    }

    [Fact]
    public async Task AnOriginConfiguredWithATrailingSlashStillMatchesTheBrowsersOrigin()
    {
        await using var server = await BotServer.StartAsync(DirectLineTestClient.Settings(("DirectLine:AllowedOrigins:0", Partner + "/")));

        using var response = await RequestTokenAsync(server, Partner);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Partner, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task AnAllowedOriginWithAPathRefusesToStart()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            BotServer.StartAsync(DirectLineTestClient.Settings(("DirectLine:AllowedOrigins:0", Partner + "/chat"))));

        Assert.Contains("AllowedOrigins", error.Message);
    }

    [Fact]
    public async Task ThePagesOwnOriginIsAlwaysAllowed()
    {
        await using var server = await StartAsync();

        using var response = await RequestTokenAsync(server, server.BaseAddress.GetLeftPart(UriPartial.Authority));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/directline/token", "content-type")]
    [InlineData("/v3/directline/conversations", "authorization,content-type,x-ms-bot-agent,x-requested-with")]
    public async Task PreflightsAreAnsweredForAllowedOriginsOnly(string path, string requestHeaders)
    {
        await using var server = await StartAsync();

        using var allowed = await PreflightAsync(server, path, Partner, requestHeaders);
        using var denied = await PreflightAsync(server, path, Stranger, requestHeaders);

        Assert.True(allowed.IsSuccessStatusCode, $"preflight answered {allowed.StatusCode}");
        Assert.Equal(Partner, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Methods")));
        var allowedHeaders = string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.All(requestHeaders.Split(','), header => Assert.Contains(header, allowedHeaders));
        Assert.False(denied.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task ErrorsForAnAllowedOriginCarryCorsHeadersSoWebChatCanReadTheStatus()
    {
        await using var server = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "v3/directline/conversations/SomeConversation/activities");
        request.Headers.Add("Origin", Partner);
        request.Headers.Authorization = new("Bearer", "expired-or-forged");

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(Partner, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task APageKeepsItsUserIdOnlyWhenItIsOneWeCouldHaveIssued()
    {
        await using var server = await StartAsync();
        var first = await TokenBodyAsync(server, null);
        var userId = (string)first["userId"]!;

        Assert.Equal(userId, (string?)(await TokenBodyAsync(server, $$"""{"userId":"{{userId}}"}"""))["userId"]);
        foreach (var forged in new[] { "alice@example.org", "dl_short", "dl_../../conversations/xx", "" })
        {
            var other = (string)(await TokenBodyAsync(server, $$"""{"userId":"{{forged}}"}"""))["userId"]!;
            Assert.NotEqual(forged, other);
            Assert.Matches("^dl_[A-Za-z0-9_-]{22}$", other);
        }
    }

    [Fact]
    public async Task TheRateLimitAnswers429WithRetryAfterPerClient()
    {
        await using var server = await StartAsync(("DirectLine:TokenRateLimit", "3"), ("DirectLine:TokenRateWindow", "00:01:00"));

        for (var i = 0; i < 3; i++)
        {
            using var ok = await RequestTokenAsync(server, Partner);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await RequestTokenAsync(server, Partner);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single()), 1, 60);
        Assert.Equal("TooManyRequests", (string?)JsonNode.Parse(await limited.Content.ReadAsStringAsync())!["error"]!["code"]);
        Assert.Equal(Partner, limited.Headers.GetValues("Access-Control-Allow-Origin").Single()); // so the page can read Retry-After

        // Direct Line itself is not rate limited by the token server's policy.
        var (conversationId, token, _) = await new DirectLineTestClient(server).StartAsync();
        Assert.NotEmpty((await new DirectLineTestClient(server).GetActivitiesAsync(conversationId, token))["activities"]!.AsArray());
    }

    [Fact]
    public async Task AzureModeAsksAzureServerSideAndNeverRevealsTheSecret()
    {
        await using var azure = await AzureDirectLineMock.StartAsync();
        await using var server = await StartAsync(AzureSettings(azure.Endpoint));

        using var response = await RequestTokenAsync(server, Partner);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(AzureSecret, text);
        Assert.DoesNotContain(AzureSecret, response.Headers.ToString());
        var issued = JsonNode.Parse(text)!;
        Assert.Equal("azure-issued-token", (string?)issued["token"]);
        Assert.Equal("AzureConv1", (string?)issued["conversationId"]);
        var (authorization, body) = Assert.Single(azure.Requests);
        Assert.Equal("Bearer " + AzureSecret, authorization);
        Assert.Equal((string?)issued["userId"], (string?)body!["user"]!["id"]);
        Assert.StartsWith("dl_", (string?)body["user"]!["id"]);
        Assert.Equal([Partner], body["trustedOrigins"]!.AsArray().Select(o => (string)o!));
    }

    [Fact]
    public async Task AzureModeAnswers502WhenAzureRefusesAndStillHidesTheSecret()
    {
        await using var azure = await AzureDirectLineMock.StartAsync(StatusCodes.Status500InternalServerError);
        await using var server = await StartAsync(AzureSettings(azure.Endpoint));

        using var response = await RequestTokenAsync(server, Partner);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.DoesNotContain(AzureSecret, await response.Content.ReadAsStringAsync());
        Assert.Single(azure.Requests);
    }

    [Fact]
    public async Task AzureModeWithoutItsSecretRefusesToStart()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            BotServer.StartAsync(DirectLineTestClient.Settings(("DirectLine:Mode", "Azure"))));

        Assert.Contains("AzureSecret", error.Message);
    }

    [Fact]
    public async Task WithoutASecretOutsideDevelopmentTheEmbeddedServiceIsDisabledWith503()
    {
        await using var server = await BotServer.StartAsync(
            new Dictionary<string, string?>
            {
                // A configured bot identity, so a Production start does not trip the Bot Framework auth checks.
                ["BotFrameworkAuth:MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000a1",
                ["BotFrameworkAuth:MicrosoftAppTenantId"] = "00000000-0000-0000-0000-0000000000b2",
                ["BotFrameworkAuth:MicrosoftAppPassword"] = "not-used-here",
            },
            environment: "Production");
        var dl = new DirectLineTestClient(server);

        var (status, error) = await dl.SendAsync(HttpMethod.Post, "conversations", "anything");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("DirectLine:Secret", (string?)error!["error"]!["message"]);
        using var token = await RequestTokenAsync(server, null);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, token.StatusCode);
    }

    private static Task<BotServer> StartAsync(params (string, string?)[] extra) =>
        BotServer.StartAsync(DirectLineTestClient.Settings([("DirectLine:AllowedOrigins:0", Partner), .. extra]));

    private static (string, string?)[] AzureSettings(string endpoint) =>
        [("DirectLine:Mode", "Azure"), ("DirectLine:AzureEndpoint", endpoint), ("DirectLine:AzureSecret", AzureSecret)];

    private static async Task<HttpResponseMessage> RequestTokenAsync(BotServer server, string? origin, string? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/directline/token");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await server.Client.SendAsync(request);
    }

    private static async Task<JsonNode> TokenBodyAsync(BotServer server, string? body)
    {
        using var response = await RequestTokenAsync(server, Partner, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<HttpResponseMessage> PreflightAsync(BotServer server, string path, string origin, string requestHeaders)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path.TrimStart('/'));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", requestHeaders);
        return await server.Client.SendAsync(request);
    }
}
