using System.Net;
using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Tests.Bot.Connector;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.Bot.Auth;

/// <summary>
/// Inbound JWT validation on /api/messages (protocol.md §2.2, §7 rows 1–8): the real bot on a real port,
/// trusting a local OpenID/JWKS server. Every refusal also proves the bot never ran.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class BotFrameworkAuthTests : IAsyncLifetime
{
    private const string ServiceUrl = "http://127.0.0.1:9/_connector";

    private readonly CountingBot _bot = new();
    private readonly ManualClock _clock = new();
    private TestSigningAuthority _authority = null!;
    private BotServer _server = null!;

    public async Task InitializeAsync()
    {
        _authority = await TestSigningAuthority.StartAsync();
        _server = await BotServer.StartAsync(_authority.BotSettings(), services =>
        {
            services.AddSingleton<IBot>(_bot);
            services.AddSingleton<TimeProvider>(_clock);
        });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _authority.DisposeAsync();
    }

    [Fact]
    public async Task AValidConnectorTokenIsAccepted()
    {
        var response = await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]![0]!;
        Assert.Equal("ok", (string?)reply["text"]);
        Assert.Equal(1, _bot.Turns);
        Assert.Equal(1, _authority.JwksFetches);
    }

    [Fact]
    public async Task KeysAreFetchedOnceForManyRequests()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl))).StatusCode);
        }

        Assert.Equal(1, _authority.MetadataFetches);
        Assert.Equal(1, _authority.JwksFetches);
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task OtherRsaAlgorithmsAreAccepted(string alg)
    {
        var response = await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl, header: h => h["alg"] = alg));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheBearerSchemeIsCaseInsensitive()
    {
        var response = await PostAsync("bearer " + _authority.CreateToken(ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task NoAuthorizationHeaderIs401WithBearerChallenge()
    {
        var response = await PostAsync(authorization: null);

        await AssertUnauthorizedAsync(response);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, _authority.JwksFetches);
    }

    [Theory]
    [InlineData("Basic abc")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer")]
    [InlineData("Bearer  two-spaces")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.e30.x extra")]
    public async Task MalformedAuthorizationHeadersAre401(string header)
    {
        await AssertUnauthorizedAsync(await PostAsync(header));
        Assert.Equal(0, _authority.JwksFetches);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("HS256")]
    [InlineData("PS256")]
    public async Task AlgorithmsOtherThanRsaPkcs1AreRefusedBeforeAnyKeyFetch(string alg)
    {
        var token = _authority.CreateToken(ServiceUrl, header: h => h["alg"] = alg);

        await AssertUnauthorizedAsync(await PostAsync("Bearer " + token));
        Assert.Equal(0, _authority.JwksFetches);
    }

    [Fact]
    public async Task ATokenSignedWithAnotherKeyUnderAPublishedKidIs401()
    {
        using var forger = System.Security.Cryptography.RSA.Create(2048);

        await AssertUnauthorizedAsync(await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl, signWith: forger)));
    }

    [Fact]
    public async Task AnUnknownKidOnTheFirstRequestCausesOnlyTheFirstFetch()
    {
        await AssertUnauthorizedAsync(await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl, header: h => h["kid"] = "k-unknown")));

        Assert.Equal(1, _authority.JwksFetches);
    }

    [Fact]
    public async Task ConcurrentFirstRequestsShareOneKeyFetch()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostAsync("Bearer " + _authority.CreateToken(ServiceUrl))));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(1, _authority.JwksFetches);
    }

    [Fact]
    public async Task AnUnknownKidForcesOneKeyRefreshThenNoneForFiveMinutes()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl))).StatusCode);
        Assert.Equal(1, _authority.JwksFetches);

        var unknown = _authority.CreateToken(ServiceUrl, header: h => h["kid"] = "k-unknown");
        await AssertUnauthorizedAsync(await PostAsync("Bearer " + unknown), earlierTurns: 1);
        Assert.Equal(2, _authority.JwksFetches);

        await AssertUnauthorizedAsync(await PostAsync("Bearer " + unknown), earlierTurns: 1);
        Assert.Equal(2, _authority.JwksFetches);
    }

    [Fact]
    public async Task AfterFiveMinutesAnUnknownKidMayRefreshAgain()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl))).StatusCode);
        var unknown = _authority.CreateToken(ServiceUrl, header: h => h["kid"] = "k-unknown");
        await AssertUnauthorizedAsync(await PostAsync("Bearer " + unknown), earlierTurns: 1);
        Assert.Equal(2, _authority.JwksFetches);

        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        await AssertUnauthorizedAsync(await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl, header: h => h["kid"] = "k-unknown", now: _clock.GetUtcNow())), earlierTurns: 1);

        Assert.Equal(3, _authority.JwksFetches);
    }

    [Fact]
    public async Task KeysOlderThanADayAreFetchedAgain()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl))).StatusCode);

        _clock.Advance(TimeSpan.FromHours(25));
        var response = await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl, now: _clock.GetUtcNow()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _authority.JwksFetches);
    }

    [Fact]
    public async Task ARememberedTokenStillExpiresByTheHostsClock()
    {
        var token = _authority.CreateToken(ServiceUrl);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("Bearer " + token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("Bearer " + token)).StatusCode);

        _clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(6));

        await AssertUnauthorizedAsync(await PostAsync("Bearer " + token), earlierTurns: 2);
    }

    [Fact]
    public async Task AWithdrawnKeyStopsAcceptingRememberedTokens()
    {
        var token = _authority.CreateToken(ServiceUrl);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("Bearer " + token)).StatusCode);
        _authority.Withdraw("k1");
        _authority.Publish("k2", "msteams");

        // A token under the new key makes the bot fetch the key set again; k1 is gone from it.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl, header: h => h["kid"] = "k2"))).StatusCode);

        await AssertUnauthorizedAsync(await PostAsync("Bearer " + token), earlierTurns: 2);
    }

    [Fact]
    public async Task ARotatedKeyIsPickedUpByTheUnknownKidRefresh()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl))).StatusCode);
        _authority.Publish("k2", "msteams");

        var response = await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl, header: h => h["kid"] = "k2"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _authority.JwksFetches);
    }

    [Fact]
    public async Task WhenAKeyRefreshFailsTheLastGoodKeysStayInUse()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl))).StatusCode);
        _authority.KeysUnavailable = true;

        await AssertUnauthorizedAsync(await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl, header: h => h["kid"] = "k-new")), earlierTurns: 1);
        var response = await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl));

        Assert.Equal(2, _authority.JwksFetches);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WithNoKeysAtAllRequestsAre401AndTheServerKeepsServing()
    {
        _authority.KeysUnavailable = true;

        var first = await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl));
        var second = await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(1, _authority.JwksFetches); // a failed fetch is not retried on every request
        Assert.Equal(HttpStatusCode.OK, (await _server.Client.GetAsync("healthz")).StatusCode);
        Assert.Equal(0, _bot.Turns);
    }

    [Fact]
    public async Task AnotherIssuerIs401WithoutFetchingKeys()
    {
        var token = _authority.CreateToken(ServiceUrl, claims: c => c["iss"] = "https://evil.example");

        await AssertUnauthorizedAsync(await PostAsync("Bearer " + token));
        Assert.Equal(0, _authority.MetadataFetches);
        Assert.Equal(0, _authority.JwksFetches);
    }

    [Fact]
    public async Task AnotherAudienceIs401()
    {
        var token = _authority.CreateToken(ServiceUrl, claims: c => c["aud"] = Guid.NewGuid().ToString());

        await AssertUnauthorizedAsync(await PostAsync("Bearer " + token));
    }

    [Fact]
    public async Task ExpiredBeyondTheFiveMinuteSkewIs401()
    {
        var token = _authority.CreateToken(ServiceUrl, claims: c => c["exp"] = DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds());

        await AssertUnauthorizedAsync(await PostAsync("Bearer " + token));
    }

    [Fact]
    public async Task ExpiredWithinTheFiveMinuteSkewIsAccepted()
    {
        var token = _authority.CreateToken(ServiceUrl, claims: c => c["exp"] = DateTimeOffset.UtcNow.AddMinutes(-4).ToUnixTimeSeconds());

        Assert.Equal(HttpStatusCode.OK, (await PostAsync("Bearer " + token)).StatusCode);
    }

    [Fact]
    public async Task NotBeforeTenMinutesAheadIs401()
    {
        var token = _authority.CreateToken(ServiceUrl, claims: c => c["nbf"] = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds());

        await AssertUnauthorizedAsync(await PostAsync("Bearer " + token));
    }

    [Fact]
    public async Task ATokenWithoutExpiryIs401()
    {
        var token = _authority.CreateToken(ServiceUrl, claims: c => c.Remove("exp"));

        await AssertUnauthorizedAsync(await PostAsync("Bearer " + token));
    }

    [Fact]
    public async Task AKeyNotEndorsedForTheActivitysChannelIs403()
    {
        _authority.Publish("k-teams-only", "msteams");
        var activity = Activities.TeamsMessage("hello", serviceUrl: ServiceUrl);
        activity["channelId"] = "directline";

        var response = await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl, header: h => h["kid"] = "k-teams-only"), activity);

        await AssertForbiddenAsync(response);
    }

    [Fact]
    public async Task AKeyWithoutEndorsementsIs403()
    {
        _authority.Publish("k-bare", endorsements: null);

        var response = await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl, header: h => h["kid"] = "k-bare"));

        await AssertForbiddenAsync(response);
    }

    [Fact]
    public async Task AnActivityWithoutChannelIdIs403()
    {
        var activity = Activities.TeamsMessage("hello", serviceUrl: ServiceUrl);
        activity.Remove("channelId");

        await AssertForbiddenAsync(await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl), activity));
    }

    [Fact]
    public async Task AServiceUrlOtherThanTheTokensIs403()
    {
        var activity = Activities.TeamsMessage("hello", serviceUrl: "https://evil.example/");

        var response = await PostAsync("Bearer " + _authority.CreateToken("https://smba.trafficmanager.net/emea/"), activity);

        await AssertForbiddenAsync(response);
    }

    [Fact]
    public async Task ATokenWithoutServiceUrlClaimIs403()
    {
        var response = await PostAsync("Bearer " + _authority.CreateToken(ServiceUrl, claims: c => c.Remove("serviceurl")));

        await AssertForbiddenAsync(response);
    }

    [Fact]
    public async Task ServiceUrlsDifferingOnlyInCaseOrOneTrailingSlashMatch()
    {
        var activity = Activities.TeamsMessage("hello", serviceUrl: "https://SMBA.trafficmanager.net/emea");

        var response = await PostAsync("Bearer " + _authority.CreateToken("https://smba.trafficmanager.net/emea/"), activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string? authorization, JsonObject? activity = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = Activities.Json(activity ?? Activities.TeamsMessage("hello", serviceUrl: ServiceUrl)),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await _server.Client.SendAsync(request);
    }

    /// <summary>401, no body, and the bot did not run (beyond <paramref name="earlierTurns"/> accepted requests).</summary>
    private async Task AssertUnauthorizedAsync(HttpResponseMessage response, int earlierTurns = 0)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal(earlierTurns, _bot.Turns);
    }

    private async Task AssertForbiddenAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, _bot.Turns);
    }
}
