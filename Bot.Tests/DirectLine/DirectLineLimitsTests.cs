using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceBot.Bot.Channels.DirectLine;
using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Tests.DirectLine;

/// <summary>
/// The embedded Direct Line's abuse limits over real loopback HTTP, each configured low and hammered in a bounded
/// loop: 429 with Retry-After once a limit is reached, while another token or another address keeps being served.
/// Addresses come from X-Forwarded-For, with forwarded headers enabled as App Service enables them.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class DirectLineLimitsTests
{
    private const string AddressA = "203.0.113.7";
    private const string AddressB = "198.51.100.9";
    private const string Partner = "https://partner.example";

    [Fact]
    public async Task ActivityPostsArePerTokenAndARefreshedTokenDoesNotResetTheCount()
    {
        await using var server = await StartAsync(("DirectLine:Limits:ActivitiesPerToken", "3"));
        var (conversationId, token) = await StartConversationAsync(server, AddressA);
        var (otherConversation, otherToken) = await StartConversationAsync(server, AddressA);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostMessageAsync(server, conversationId, token, "hello", AddressA)).StatusCode);
        }

        await AssertLimitedAsync(await PostMessageAsync(server, conversationId, token, "hello", AddressA));
        var refreshed = (string)(await SendAsync(server, HttpMethod.Post, "tokens/refresh", token, null, AddressA)).Body!["token"]!;
        await AssertLimitedAsync(await PostMessageAsync(server, conversationId, refreshed, "hello", AddressA));

        // Same address, other token: still served, and the limited conversation can still be read.
        Assert.Equal(HttpStatusCode.OK, (await PostMessageAsync(server, otherConversation, otherToken, "hello", AddressA)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(server, HttpMethod.Get, $"conversations/{conversationId}/activities", token, null, AddressA)).Status);
    }

    [Fact]
    public async Task ActivityPostsArePerAddressAcrossTokens()
    {
        await using var server = await StartAsync(("DirectLine:Limits:ActivitiesPerIp", "4"));
        var first = await StartConversationAsync(server, AddressA);
        var second = await StartConversationAsync(server, AddressA);

        HttpResponseMessage? limited = null;
        for (var i = 0; i < 10 && limited is null; i++)
        {
            var (conversationId, token) = i % 2 == 0 ? first : second;
            var response = await PostMessageAsync(server, conversationId, token, "hello", AddressA);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
                Assert.Equal(4, i);
            }
        }

        await AssertLimitedAsync(limited ?? throw new Xunit.Sdk.XunitException("The per-address limit never answered 429."));
        var other = await StartConversationAsync(server, AddressB);
        Assert.Equal(HttpStatusCode.OK, (await PostMessageAsync(server, other.ConversationId, other.Token, "hello", AddressB)).StatusCode);
    }

    [Fact]
    public async Task ConversationStartsArePerToken()
    {
        await using var server = await StartAsync(("DirectLine:Limits:StartsPerToken", "2"), ("DirectLine:AllowedOrigins:0", Partner));
        var dl = new DirectLineTestClient(server);
        var (_, token) = await dl.GenerateTokenAsync();

        Assert.Equal(HttpStatusCode.Created, (await SendAsync(server, HttpMethod.Post, "conversations", token, "{}", AddressA)).Status);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(server, HttpMethod.Post, "conversations", token, "{}", AddressA)).Status);
        using (var limited = await RawSendAsync(server, HttpMethod.Post, "conversations", token, "{}", AddressA, Partner))
        {
            await AssertLimitedAsync(limited);
            Assert.Equal(Partner, limited.Headers.GetValues("Access-Control-Allow-Origin").Single()); // so a partner page can read Retry-After
        }

        var (_, otherToken) = await dl.GenerateTokenAsync();
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(server, HttpMethod.Post, "conversations", otherToken, "{}", AddressA)).Status);
    }

    [Fact]
    public async Task ConversationStartsArePerAddressAndTheSecretIsNotLimited()
    {
        await using var server = await StartAsync(("DirectLine:Limits:StartsPerIp", "3"));
        var dl = new DirectLineTestClient(server);

        HttpResponseMessage? limited = null;
        for (var i = 0; i < 10 && limited is null; i++)
        {
            var (_, token) = await dl.GenerateTokenAsync();
            var response = await RawSendAsync(server, HttpMethod.Post, "conversations", token, "{}", AddressA);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
                Assert.Equal(3, i);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                response.Dispose();
            }
        }

        await AssertLimitedAsync(limited ?? throw new Xunit.Sdk.XunitException("The per-address start limit never answered 429."));
        await StartConversationAsync(server, AddressB);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(server, HttpMethod.Post, "conversations", DirectLineTestClient.Secret, "{}", AddressA)).Status);
    }

    [Fact]
    public async Task LiveConversationsPerAddressAreCappedAndASlotFreesWhenAStreamCloses()
    {
        await using var server = await StartAsync(("DirectLine:Limits:LiveConversationsPerIp", "2"));
        var open = new List<ClientWebSocket>();
        try
        {
            for (var i = 0; i < 2; i++)
            {
                open.Add(await ConnectStreamAsync(server, AddressA));
            }

            var refused = await Assert.ThrowsAsync<WebSocketException>(() => ConnectStreamAsync(server, AddressA));
            Assert.Contains("429", refused.Message);
            open.Add(await ConnectStreamAsync(server, AddressB));

            await open[0].CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            open[0].Dispose();
            open.RemoveAt(0);
            open.Add(await ConnectWhenFreeAsync(server, AddressA));
        }
        finally
        {
            foreach (var socket in open)
            {
                socket.Abort();
                socket.Dispose();
            }
        }
    }

    [Fact]
    public async Task ATooLongMessageGetsAKindReplyAndNoTurn()
    {
        await using var server = await StartAsync(("DirectLine:Limits:MaxTextLength", "10"));
        var (conversationId, token) = await StartConversationAsync(server, AddressA);
        var watermark = (string)(await ReadAsync(server, conversationId, token, ""))["watermark"]!;

        using var response = await PostMessageAsync(server, conversationId, token, "aaaaaaaaa\U0001F600 and more", AddressA);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!;
        var activities = (await ReadAsync(server, conversationId, token, watermark))["activities"]!.AsArray();
        Assert.Equal(2, activities.Count); // the echo and the kind reply; a turn would have answered with more or other words
        Assert.Equal(id, (string?)activities[0]!["id"]);
        Assert.Equal("aaaaaaaaa", (string?)activities[0]!["text"]); // cut at 10, without splitting the emoji
        var responses = server.Services.GetRequiredService<IKnowledgeBaseProvider>().Current.Responses;
        var expected = responses.Get(DirectLineApi.MessageTooLongKey, new Dictionary<string, string> { ["max"] = "10" });
        Assert.Contains("10", expected);
        Assert.Equal(expected, (string?)activities[1]!["text"]);
        Assert.Equal("bot", (string?)activities[1]!["from"]!["role"]);
        Assert.Equal(id, (string?)activities[1]!["replyToId"]);

        // A message at the cap runs a real turn.
        watermark = (string)(await ReadAsync(server, conversationId, token, watermark))["watermark"]!;
        using var atCap = await PostMessageAsync(server, conversationId, token, "help me!!!", AddressA);
        Assert.Equal(HttpStatusCode.OK, atCap.StatusCode);
        var turn = (await ReadAsync(server, conversationId, token, watermark))["activities"]!.AsArray();
        Assert.Equal("help me!!!", (string?)turn[0]!["text"]);
        Assert.True(turn.Count >= 2);
        Assert.DoesNotContain(turn.Skip(1), a => (string?)a!["text"] == expected);
    }

    [Fact]
    public async Task TheTooLongReplySpeaksTheMessagesLanguage()
    {
        await using var server = await StartAsync(("DirectLine:Limits:MaxTextLength", "10"));
        var (conversationId, token) = await StartConversationAsync(server, AddressA);
        var watermark = (string)(await ReadAsync(server, conversationId, token, ""))["watermark"]!;
        var message = JsonNode.Parse(DirectLineTestClient.WebChatMessage("رسالة طويلة جدا جدا", "c1"))!;
        message["locale"] = "ar-JO";

        using var response = await RawSendAsync(server, HttpMethod.Post, $"conversations/{conversationId}/activities", token, message.ToJsonString(), AddressA);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var arabic = server.Services.GetRequiredService<IKnowledgeBaseProvider>().Current.In("ar").Responses;
        var expected = arabic.Get(DirectLineApi.MessageTooLongKey, new Dictionary<string, string> { ["max"] = "10" });
        var activities = (await ReadAsync(server, conversationId, token, watermark))["activities"]!.AsArray();
        Assert.Equal(expected, (string?)activities[^1]!["text"]);
    }

    [Theory]
    [InlineData("DirectLine:Limits:ActivitiesPerIp", "0")]
    [InlineData("DirectLine:Limits:MaxTextLength", "-1")]
    [InlineData("DirectLine:Limits:Window", "00:00:00")]
    public async Task ALimitThatWouldRefuseEveryoneRefusesToStart(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync((key, value)));

        Assert.Contains("DirectLine:Limits", error.Message);
    }

    private static Task<BotServer> StartAsync(params (string Key, string? Value)[] limits) =>
        BotServer.StartAsync(DirectLineTestClient.Settings([("FORWARDEDHEADERS_ENABLED", "true"), .. limits]));

    private static async Task AssertLimitedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.InRange(int.Parse(response.Headers.GetValues("Retry-After").Single()), 1, 60);
        Assert.Equal("TooManyRequests", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]);
    }

    /// <summary>A token from the secret (as the token server gets one), then the page starts the conversation from <paramref name="address"/>.</summary>
    private static async Task<(string ConversationId, string Token)> StartConversationAsync(BotServer server, string address)
    {
        var (conversationId, token) = await new DirectLineTestClient(server).GenerateTokenAsync();
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(server, HttpMethod.Post, "conversations", token, "{}", address)).Status);
        return (conversationId, token);
    }

    private static Task<HttpResponseMessage> PostMessageAsync(BotServer server, string conversationId, string token, string text, string address) =>
        RawSendAsync(server, HttpMethod.Post, $"conversations/{conversationId}/activities", token, DirectLineTestClient.WebChatMessage(text, "c1"), address);

    private static async Task<JsonNode> ReadAsync(BotServer server, string conversationId, string token, string watermark)
    {
        var (status, body) = await SendAsync(server, HttpMethod.Get, $"conversations/{conversationId}/activities?watermark={watermark}", token, null, AddressA);
        Assert.Equal(HttpStatusCode.OK, status);
        return body!;
    }

    private static async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(BotServer server, HttpMethod method, string path, string bearer, string? json, string address)
    {
        using var response = await RawSendAsync(server, method, path, bearer, json, address);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private static Task<HttpResponseMessage> RawSendAsync(BotServer server, HttpMethod method, string path, string bearer, string? json, string address, string? origin = null)
    {
        var request = new HttpRequestMessage(method, "v3/directline/" + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        request.Headers.Add("X-Forwarded-For", address);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return server.Client.SendAsync(request);
    }

    private static async Task<ClientWebSocket> ConnectStreamAsync(BotServer server, string address)
    {
        var (conversationId, token) = await StartConversationAsync(server, address);
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("X-Forwarded-For", address);
        var url = new UriBuilder(server.BaseAddress) { Scheme = "ws", Path = $"v3/directline/conversations/{conversationId}/stream", Query = "t=" + Uri.EscapeDataString(token) };
        try
        {
            await socket.ConnectAsync(url.Uri, CancellationToken.None);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The server releases a closed stream's slot when its handler ends, a moment after the close handshake.</summary>
    private static async Task<ClientWebSocket> ConnectWhenFreeAsync(BotServer server, string address)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await ConnectStreamAsync(server, address);
            }
            catch (WebSocketException) when (attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }
}
