using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GuidanceBot.Tests.Api;

/// <summary><c>POST /api/guidance/interpret</c> on the real host and a real Kestrel port, including bad input and privacy.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class InterpretApiTests : IAsyncLifetime
{
    private const string Gaziantep = "We support Syrian women refugees in Gaziantep; they may join Turkish cooperatives but cannot register their own";
    private readonly CapturedLogs _logs = new();
    private BotServer _server = null!;

    public async Task InitializeAsync() => _server = await BotServer.StartAsync(
        new Dictionary<string, string?>
        {
            ["Knowledge:ReloadOnChange"] = "false",
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        },
        services => services.AddLogging(logging => logging.AddProvider(_logs)));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ADescriptionComesBackAsSlotsWithTheirWordsAndTheQuestionsStillToAsk()
    {
        var body = await PostOkAsync(Json(Gaziantep, "en-US"));

        var slots = body["slots"]!.AsArray();
        Assert.Equal(["membership", "legalEnvironment", "needs"], slots.Select(s => (string?)s!["slot"]));
        var membership = slots[0]!["values"]![0]!;
        Assert.Equal("mixed", (string?)membership["value"]);
        Assert.Equal(["refugees", "join Turkish cooperatives"], membership["triggers"]!.AsArray().Select(t => (string?)t!["text"]));
        var trigger = membership["triggers"]![1]!;
        Assert.Equal("join Turkish cooperatives", Gaziantep.Substring((int)trigger["start"]!, (int)trigger["length"]!));
        Assert.Equal("can-join", (string?)slots[1]!["values"]![0]!["value"]);
        Assert.Contains(slots[2]!["values"]!.AsArray(), v => (string?)v!["value"] == "women");

        var missing = body["missing"]!.AsArray();
        Assert.Equal(["stage", "role", "phase", "cooperativeType"], missing.Select(m => (string?)m!["slot"]));
        Assert.Equal([false, false, true, true], missing.Select(m => (bool)m!["optional"]!));
        Assert.False(string.IsNullOrWhiteSpace((string?)missing[0]!["question"]));
        Assert.Equal("mixed", (string?)body["context"]!["membership"]);
        Assert.Equal("en", (string?)body["locale"]);
        Assert.Empty(body["conflicts"]!.AsArray());
        Assert.False(string.IsNullOrEmpty((string?)body["contentVersion"]));
    }

    [Fact]
    public async Task TheContextFoundCanBePostedToTheGuidanceApiAsItIs()
    {
        var interpretation = await PostOkAsync(Json("I work for UNHCR. Refugees cannot join or register cooperatives; they need income.", null));

        var response = await _server.Client.PostAsync("api/guidance", new StringContent(interpretation["context"]!.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var guidance = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("informal-only", (string?)guidance["context"]!["legalEnvironment"]);
        Assert.Equal(
            interpretation["missing"]!.AsArray().Select(m => (string?)m!["slot"]),
            guidance["sharpen"]!.AsArray().Select(m => (string?)m!["slot"]));
    }

    [Fact]
    public async Task TextWithNothingRelevantFindsNothingAndListsEverySlot()
    {
        var body = await PostOkAsync("""{"text":"What's the weather like in Geneva?"}""");

        Assert.Empty(body["slots"]!.AsArray());
        Assert.Equal(7, body["missing"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("{}", "text", "is required")]
    [InlineData("""{"text":""}""", "text", "is required")]
    [InlineData("""{"text":"   "}""", "text", "is required")]
    [InlineData("""{"text":null}""", "text", "is required")]
    [InlineData("""{"text":42}""", "text", "should be a text value")]
    [InlineData("""{"text":"refugees","locale":"en US!"}""", "locale", "language tag")]
    [InlineData("""{"text":"refugees","language":"en"}""", "language", "not a field")]
    [InlineData("""["refugees"]""", "(body)", "JSON object")]
    [InlineData("""{"text":"refugees" """, "(body)", "not valid JSON")]
    public async Task BadRequestsAre400WithTheFieldAndTheServerKeepsServing(string json, string field, string message)
    {
        var response = await PostAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("BadArgument", (string?)body["error"]!["code"]);
        var invalid = Assert.Single(body["invalidFields"]!.AsArray(), f => (string?)f!["field"] == field)!;
        Assert.Contains(message, (string?)invalid["message"], StringComparison.Ordinal);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task TextOverTheLimitIs400AndNotLogged()
    {
        var text = "Secret-Marker-Zebra " + new string('x', 2_000);

        var response = await PostAsync(Json(text, "en"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("at most 2000", (string?)body["invalidFields"]![0]!["message"], StringComparison.Ordinal);
        await AssertStillServingAsync();
        Assert.DoesNotContain("Secret-Marker-Zebra", _logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonJsonIs415()
    {
        var response = await _server.Client.PostAsync("api/guidance/interpret", new StringContent(Gaziantep, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UnsupportedMediaType", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task TheDescriptionIsNeverLogged()
    {
        await PostOkAsync(Json("Amina-Marker works with refugees in Gaziantep-Marker", "en"));
        await PostAsync("""{"text":"Amina-Marker", "bad": true}""");

        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain("Amina-Marker", _logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Gaziantep-Marker", _logs.AllText, StringComparison.Ordinal);
    }

    private static string Json(string text, string? locale) => new JsonObject { ["text"] = text, ["locale"] = locale }.ToJsonString();

    private Task<HttpResponseMessage> PostAsync(string json) =>
        _server.Client.PostAsync("api/guidance/interpret", new StringContent(json, Encoding.UTF8, "application/json"));

    private async Task<JsonNode> PostOkAsync(string json)
    {
        var response = await PostAsync(json);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!;
    }

    private async Task AssertStillServingAsync()
    {
        var body = await PostOkAsync(Json("Refugees and locals are members together.", "en"));
        Assert.Equal("mixed", (string?)body["context"]!["membership"]);
    }
}
