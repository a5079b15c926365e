using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.DirectLine;

/// <summary>The calls DirectLineJS makes, over real HTTP to a <see cref="BotServer"/>, with the answers as JSON.</summary>
public sealed class DirectLineTestClient(HttpClient client)
{
    public DirectLineTestClient(BotServer server)
        : this(server.Client)
    {
    }

    public const string Secret = "test-secret-4b1f0c2e9d";

    public static Dictionary<string, string?> Settings(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, string? bearer, string? json = null, string? origin = null)
    {
        using var request = new HttpRequestMessage(method, "v3/directline/" + path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>tokens/generate with the secret: a token bound to a new conversation and a generated user.</summary>
    public async Task<(string ConversationId, string Token)> GenerateTokenAsync(string? body = null)
    {
        var (status, reply) = await SendAsync(HttpMethod.Post, "tokens/generate", Secret, body);
        Assert.Equal(HttpStatusCode.OK, status);
        return ((string)reply!["conversationId"]!, (string)reply["token"]!);
    }

    /// <summary>Generates a token and starts its conversation, as a page with a token from the token server does.</summary>
    public async Task<(string ConversationId, string Token, JsonNode Started)> StartAsync()
    {
        var (conversationId, token) = await GenerateTokenAsync();
        var (status, started) = await SendAsync(HttpMethod.Post, "conversations", token, """{"user":{"id":"user1"},"locale":"en-US"}""");
        Assert.Equal(HttpStatusCode.Created, status);
        return (conversationId, token, started!);
    }

    public async Task<JsonNode> GetActivitiesAsync(string conversationId, string token, string watermark = "")
    {
        var (status, body) = await SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities?watermark={watermark}", token);
        Assert.Equal(HttpStatusCode.OK, status);
        return body!;
    }

    /// <summary>Posts a message shaped exactly like Web Chat 4.18.1's; returns the activity id the service gave it.</summary>
    public async Task<string> PostMessageAsync(string conversationId, string token, string text, string clientActivityId, string fromId = "user1")
    {
        var (status, body) = await SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token, WebChatMessage(text, clientActivityId, fromId));
        Assert.Equal(HttpStatusCode.OK, status);
        return (string)body!["id"]!;
    }

    public static string WebChatMessage(string text, string clientActivityId, string fromId = "user1") => new JsonObject
    {
        ["attachments"] = new JsonArray(),
        ["channelData"] = new JsonObject { ["attachmentSizes"] = new JsonArray(), ["clientActivityID"] = clientActivityId },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["type"] = "message",
        ["channelId"] = "webchat",
        ["from"] = new JsonObject { ["id"] = fromId, ["name"] = "Test User", ["role"] = "user" },
        ["locale"] = "en-US",
        ["localTimestamp"] = "2026-11-23T13:15:35.603Z",
        ["localTimezone"] = "UTC",
    }.ToJsonString();

    public static string ActivityId(string conversationId, int sequence) => $"{conversationId}|{sequence:0000000}";
}
