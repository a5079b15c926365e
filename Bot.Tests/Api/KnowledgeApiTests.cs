using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Api;

/// <summary>The knowledge JSON API on the real host and a real Kestrel port, including bad input.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class KnowledgeApiTests : IAsyncLifetime
{
    private BotServer _server = null!;

    public async Task InitializeAsync() => _server = await BotServer.StartAsync(new Dictionary<string, string?> { ["Knowledge:ReloadOnChange"] = "false" });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GuidanceReturnsRankedPathwaysWithReasonsAndSources()
    {
        var body = await PostOkAsync("api/guidance", """{"membership":"displaced","legalEnvironment":"informal-only","needs":["finance"],"role":"international"}""");

        var top = body["pathways"]![0]!;
        Assert.Equal("P1", (string?)top["id"]);
        Assert.Equal(1, (int)top["rank"]!);
        Assert.True((double)top["score"]! > 0);
        Assert.Contains("only form informal groups", (string?)top["why"], StringComparison.Ordinal);
        Assert.Contains(body["forms"]!.AsArray(), f => (string?)f!["id"] == "form.informal-groups");
        Assert.Contains(top["reasons"]!.AsArray().Concat(body["sharedReasons"]!.AsArray()), r => r!["answers"]!.AsArray().Any(a => (string?)a!["slot"] == "membership" && (string?)a["value"] == "displaced"));
        Assert.Equal("ES", (string?)top["sources"]![0]!["document"]);
        Assert.Equal(["P3", "P5"], body["ruledOut"]!.AsArray().Select(p => (string?)p!["id"]));
        Assert.Contains(body["advice"]!.AsArray(), a => (string?)a!["id"] == "advice.international.listen");
        Assert.Contains(body["pitfalls"]!.AsArray(), p => (string?)p!["id"] == "pitfall.handouts");
        Assert.Equal(["stage", "phase", "cooperativeType"], body["sharpen"]!.AsArray().Select(m => (string?)m!["slot"]));
        Assert.Equal("displaced", (string?)body["context"]!["membership"]);
        Assert.False(string.IsNullOrEmpty((string?)body["contentVersion"]));
    }

    [Fact]
    public async Task AnEmptyContextIsAllowedAndSaysWhatToAnswer()
    {
        var body = await PostOkAsync("api/guidance", "{}");

        Assert.Empty(body["pathways"]!.AsArray());
        Assert.Equal(7, body["sharpen"]!.AsArray().Count); // every slot but the one never asked (displacement)
    }

    [Fact]
    public async Task ThePhaseIsAcceptedAndAnEmergencyPutsServicesFirstAndWarnsAgainstFoundingUnderPressure()
    {
        const string Context = """{"membership":"displaced","legalEnvironment":"can-form","stage":"new","role":"ngo"PHASE}""";

        var without = await PostOkAsync("api/guidance", Context.Replace("PHASE", ""));
        var emergency = await PostOkAsync("api/guidance", Context.Replace("PHASE", ""","phase":"emergency" """));
        var protracted = await PostOkAsync("api/guidance", Context.Replace("PHASE", ""","phase":"protracted" """));

        Assert.Equal("P5", (string?)without["pathways"]![0]!["id"]);
        Assert.Contains(without["sharpen"]!.AsArray(), m => (string?)m!["slot"] == "phase");
        Assert.Equal("emergency", (string?)emergency["context"]!["phase"]);
        Assert.Equal("P1", (string?)emergency["pathways"]![0]!["id"]);
        Assert.Contains(emergency["pitfalls"]!.AsArray(), p => (string?)p!["id"] == "pitfall.founding-under-pressure");
        Assert.DoesNotContain(emergency["sharpen"]!.AsArray(), m => (string?)m!["slot"] == "phase");
        Assert.Equal("P5", (string?)protracted["pathways"]![0]!["id"]);
        Assert.Contains(protracted["advice"]!.AsArray(), a => (string?)a!["id"] == "advice.protracted-ownership");
    }

    [Fact]
    public async Task AnUnknownPhaseIs400NamingTheField()
    {
        var response = await PostAsync("api/guidance", """{"membership":"host","phase":"war"}""");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("phase", text, StringComparison.Ordinal);
        Assert.Contains("emergency, protracted, recovery", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownSlotsAndValuesAre400WithEveryInvalidField()
    {
        var response = await PostAsync("api/guidance", """{"membership":"hosts","colour":"red","needs":["finance","money"],"role":42}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("BadArgument", (string?)body["error"]!["code"]);
        var fields = body["invalidFields"]!.AsArray().Select(f => (string?)f!["field"]).OrderBy(f => f).ToList();
        Assert.Equal(["colour", "membership", "needs", "role"], fields);
        Assert.Contains(body["invalidFields"]!.AsArray(), f => ((string?)f!["message"])!.Contains("'money' is not a value of 'needs'", StringComparison.Ordinal));
        await AssertStillServingAsync();
    }

    [Theory]
    [InlineData("{\"membership\":", "(body)")]
    [InlineData("[\"host\"]", "(body)")]
    [InlineData("{\"membership\":[\"host\",\"mixed\"]}", "membership")]
    public async Task MalformedBodiesAre400(string json, string field)
    {
        var response = await PostAsync("api/guidance", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(body["invalidFields"]!.AsArray(), f => (string?)f!["field"] == field);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task NonJsonIs415()
    {
        var response = await _server.Client.PostAsync("api/guidance", new StringContent("membership=host", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task WhatIfSaysWhatChangedAndWhy()
    {
        var body = await PostOkAsync("api/guidance/what-if", """{"before":{"membership":"host","legalEnvironment":"can-join"},"after":{"membership":"host","legalEnvironment":"informal-only"}}""");

        Assert.Equal("legalEnvironment", (string?)body["changedAnswers"]![0]!["slot"]);
        var p3 = body["pathways"]!.AsArray().Single(p => (string?)p!["id"] == "P3")!;
        Assert.Equal(1, (int)p3["rankBefore"]!);
        Assert.True((bool)p3["ruledOutAfter"]!);
        Assert.Contains(p3["reasonsAdded"]!.AsArray(), r => (string?)r!["rule"] == "legal-informal-only");
        Assert.Equal("P1", (string?)body["after"]!["pathways"]![0]!["id"]);
    }

    [Fact]
    public async Task WhatIfWithoutBothContextsIs400()
    {
        var response = await PostAsync("api/guidance/what-if", """{"before":{"membership":"host"},"after":{"stage":"old"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("after.stage", (string?)body["invalidFields"]![0]!["field"]);
    }

    [Fact]
    public async Task SearchFindsItemsWithSnippetsAndSources()
    {
        var response = await _server.Client.GetAsync("api/knowledge/search?q=what%20is%20a%20SACCO&locale=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("en", (string?)body["locale"]);
        var hits = body["hits"]!.AsArray();
        Assert.Contains(hits.Take(3), h => (string?)h!["id"] == "definition.sacco");
        var hit = hits[0]!;
        Assert.False(string.IsNullOrWhiteSpace((string?)hit["title"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)hit["snippet"]));
        Assert.NotEmpty(hit["sources"]!.AsArray());
    }

    [Fact]
    public async Task SearchInALanguageTheContentDoesNotSpeakFallsBackToTheSourceLanguage()
    {
        var body = JsonNode.Parse(await _server.Client.GetStringAsync("api/knowledge/search?q=refugees&locale=sw-KE"))!;
        var french = JsonNode.Parse(await _server.Client.GetStringAsync("api/knowledge/search?q=r%C3%A9fugi%C3%A9s&locale=fr-FR"))!;

        Assert.Equal("en", (string?)body["locale"]);
        Assert.NotEmpty(body["hits"]!.AsArray());
        Assert.Equal("fr", (string?)french["locale"]);
        Assert.NotEmpty(french["hits"]!.AsArray());
    }

    [Theory]
    [InlineData("api/knowledge/search", "q")]
    [InlineData("api/knowledge/search?q=%20", "q")]
    [InlineData("api/knowledge/search?q=coop&top=50", "top")]
    public async Task BadSearchRequestsAre400(string url, string field)
    {
        var response = await _server.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(field, (string?)body["invalidFields"]![0]!["field"]);
    }

    private Task<HttpResponseMessage> PostAsync(string url, string json) =>
        _server.Client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    private async Task<JsonNode> PostOkAsync(string url, string json)
    {
        var response = await PostAsync(url, json);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!;
    }

    private async Task AssertStillServingAsync()
    {
        var response = await PostAsync("api/guidance", """{"membership":"host"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
