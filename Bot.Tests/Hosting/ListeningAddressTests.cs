using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GuidanceBot.Bot.Hosting;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace GuidanceBot.Tests.Hosting;

/// <summary>
/// The bot listens where the platform says, by each of ASP.NET Core's conventions and the container platforms'
/// <c>PORT</c>, and on 3978 only when nothing says; behind a proxy that forwards the scheme, its URLs say https.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class ListeningAddressTests
{
    private const string Secret = "listening-test-secret-not-a-secret";

    public static TheoryData<string, string?, string?> Choices => new()
    {
        { "nothing set", null, ListeningAddress.Default },
        { "urls", "urls=http://127.0.0.1:5077", null },
        { "http_ports", "http_ports=8080", null },
        { "https_ports", "https_ports=8443", null },
        { "PORT", "PORT=8181", "http://+:8181" },
        { "PORT not a port", "PORT=eighty", ListeningAddress.Default },
        { "PORT out of range", "PORT=70000", ListeningAddress.Default },
        { "urls beats PORT", "urls=http://127.0.0.1:5077;PORT=8181", null },
    };

    [Theory]
    [MemberData(nameof(Choices))]
    public void TheAddressIsChosenByTheFirstConventionThatSpeaks(string description, string? settings, string? expected)
    {
        var pairs = (settings ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(pairs.Where(pair => pair.Key != "PORT").Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)))
            .Build();

        var chosen = ListeningAddress.Choose(configuration, name => pairs.GetValueOrDefault(name));

        Assert.True(expected == chosen, $"{description}: expected {expected ?? "null"}, chose {chosen ?? "null"}");
    }

    public static TheoryData<string> Conventions => ["ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "PORT", "--urls"];

    [Theory]
    [MemberData(nameof(Conventions))]
    public async Task TheBuiltBotListensWhereTheConventionSays(string convention)
    {
        var port = FreeTcpPort.Next();
        var environment = new Dictionary<string, string> { ["Storage__Provider"] = "Memory" };
        var arguments = new List<string>();
        switch (convention)
        {
            case "ASPNETCORE_URLS":
                environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
                break;
            case "ASPNETCORE_HTTP_PORTS":
                environment["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case "PORT":
                environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            default:
                arguments.AddRange(["--urls", $"http://127.0.0.1:{port}"]);
                break;
        }

        await using var bot = await BotProcess.StartAsync(environment, arguments, port);

        Assert.Equal("ok", await bot.Client.GetStringAsync("healthz"));
    }

    [Fact]
    public async Task BehindAProxyThatForwardsTheSchemeTheStreamUrlIsSecure()
    {
        var port = FreeTcpPort.Next();
        await using var bot = await BotProcess.StartAsync(
            new Dictionary<string, string>
            {
                ["Storage__Provider"] = "Memory",
                ["DirectLine__Secret"] = Secret,
                ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true", // what App Service sets for its front end
            },
            ["--urls", $"http://127.0.0.1:{port}"],
            port);

        var direct = await StartConversationAsync(bot, forwardedProto: null);
        var proxied = await StartConversationAsync(bot, forwardedProto: "https");

        Assert.StartsWith("ws://", direct, StringComparison.Ordinal);
        Assert.StartsWith("wss://", proxied, StringComparison.Ordinal);
    }

    private static async Task<string> StartConversationAsync(BotProcess bot, string? forwardedProto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }

        using var response = await bot.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return (string)JsonNode.Parse(body)!["streamUrl"]!;
    }
}
