using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceBot.Tests.Dialogs.Localization;
using GuidanceBot.Tests.Knowledge;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Api;

/// <summary>
/// The knowledge API in the language a request asks for, on the real host and a real Kestrel port, over content
/// with small test translations: the language used is named (body and Content-Language), a tag the content does
/// not speak falls back to the source language, and a malformed one is a 400 naming the field.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class LocaleApiTests : IAsyncLifetime
{
    private const string Context = "\"membership\": \"mixed\", \"legalEnvironment\": \"can-join\", \"stage\": \"new\", \"needs\": [\"livelihoods\"], \"role\": \"ngo\"";
    private readonly ContentFolder _content = new();
    private BotServer _server = null!;

    public async Task InitializeAsync()
    {
        TestLanguages.WriteInto(_content);
        _server = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Knowledge:ContentPath"] = _content.Path,
            ["Knowledge:ReloadOnChange"] = "false",
        });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _content.Dispose();
    }

    [Theory]
    [InlineData("api/knowledge/search?q=savings%20groups&locale=fr-FR", "fr")]
    [InlineData("api/knowledge/search?q=savings%20groups&locale=ar", "ar")]
    [InlineData("api/knowledge/search?q=savings%20groups&locale=pt-BR", "en")]
    [InlineData("api/knowledge/search?q=savings%20groups", "en")]
    [InlineData("api/knowledge/answer?q=How%20can%20refugees%20save%20money&locale=es", "es")]
    [InlineData("api/knowledge/answer?q=How%20can%20refugees%20save%20money&locale=de-DE", "en")]
    public async Task SearchAndAnswerSayTheLanguageTheyUsed(string path, string expected)
    {
        using var response = await _server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([expected], response.Content.Headers.ContentLanguage);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(expected, (string?)body["locale"]);
    }

    [Fact]
    public async Task TheAnswerIsWrittenInTheRequestedLanguage()
    {
        var english = await GetJsonAsync("api/knowledge/answer?q=How%20can%20refugees%20save%20money");
        var french = await GetJsonAsync("api/knowledge/answer?q=How%20can%20refugees%20save%20money&locale=fr");

        // The test translation leaves the items untranslated, so French shows them marked as English.
        Assert.DoesNotContain("[EN] ", english.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("[EN] ", (string?)french["text"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/knowledge/search?q=savings&locale=fr%3Cscript%3E")]
    [InlineData("api/knowledge/answer?q=savings&locale=fr%20FR")]
    [InlineData("api/knowledge/search?q=savings&locale=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task AMalformedLocaleQueryIsA400NamingTheField(string path)
    {
        using var response = await _server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(body["invalidFields"]!.AsArray(), field => (string?)field!["field"] == "locale");
    }

    [Fact]
    public async Task GuidanceTakesTheLocaleBesideTheContextAndSaysWhichItUsed()
    {
        var arabic = await PostAsync("api/guidance", "{" + Context + ", \"locale\": \"ar-JO\"}");
        var unknown = await PostAsync("api/guidance", "{" + Context + ", \"locale\": \"sw\"}");
        var none = await PostAsync("api/guidance", "{" + Context + "}");

        Assert.Equal(HttpStatusCode.OK, arabic.Status);
        Assert.Equal("ar", (string?)arabic.Body["locale"]);
        Assert.Contains("[EN] ", arabic.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["ar"], arabic.ContentLanguage);
        Assert.Equal("en", (string?)unknown.Body["locale"]);
        Assert.Equal("en", (string?)none.Body["locale"]);
        Assert.DoesNotContain("[EN] ", none.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.NotEmpty(none.Body["pathways"]!.AsArray());
    }

    [Theory]
    [InlineData("\"locale\": 7")]
    [InlineData("\"locale\": \"fr/FR\"")]
    public async Task GuidanceWithAMalformedLocaleIsA400NamingTheField(string locale)
    {
        var response = await PostAsync("api/guidance", "{" + Context + ", " + locale + "}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["locale"], response.Body["invalidFields"]!.AsArray().Select(field => (string?)field!["field"]));
    }

    [Fact]
    public async Task InterpretReadsInTheRequestedLanguageAndRefusesAMalformedOne()
    {
        var french = await PostAsync("api/guidance/interpret", """{"text": "We help refugees who can only join host cooperatives", "locale": "fr-FR"}""");
        var malformed = await PostAsync("api/guidance/interpret", """{"text": "We help refugees", "locale": "fr FR"}""");

        Assert.Equal(HttpStatusCode.OK, french.Status);
        Assert.Equal(["fr"], french.ContentLanguage);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.Contains(malformed.Body["invalidFields"]!.AsArray(), field => (string?)field!["field"] == "locale");
    }

    [Fact]
    public async Task WhatIfTakesTheLocaleQuery()
    {
        var body = "{\"before\": {" + Context + "}, \"after\": {" + Context.Replace("can-join", "can-form", StringComparison.Ordinal) + "}}";

        var french = await PostAsync("api/guidance/what-if?locale=fr", body);
        var malformed = await PostAsync("api/guidance/what-if?locale=%3F%3F", body);

        Assert.Equal(HttpStatusCode.OK, french.Status);
        Assert.Equal("fr", (string?)french.Body["locale"]);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
    }

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await _server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<(HttpStatusCode Status, JsonNode Body, ICollection<string> ContentLanguage)> PostAsync(string path, string json)
    {
        using var response = await _server.Client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!, response.Content.Headers.ContentLanguage);
    }
}
