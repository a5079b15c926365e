using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Api;

/// <summary>
/// <c>GET /api/knowledge/answer</c> (the composed answer the chat shows) and the <c>country</c> of
/// <c>POST /api/guidance</c>, on the real host and a real Kestrel port, including bad input.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class AnswerApiTests : IAsyncLifetime
{
    private BotServer _server = null!;

    public async Task InitializeAsync() => _server = await BotServer.StartAsync(new Dictionary<string, string?> { ["Knowledge:ReloadOnChange"] = "false" });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AnAnswerHasADirectAnswerNumberedCitationsAndAtMostThreeRelatedItems()
    {
        var body = await GetOkAsync("api/knowledge/answer?q=" + Uri.EscapeDataString("How do I convince a host cooperative to accept refugees as members?") + "&locale=en");

        var answer = (string?)body["answer"];
        Assert.False(string.IsNullOrWhiteSpace(answer));
        Assert.Contains("articles", answer, StringComparison.Ordinal);
        Assert.Contains("[1]", answer, StringComparison.Ordinal);
        Assert.Equal("advice.how-to.host-membership", (string?)body["basis"]![0]);
        var citations = body["citations"]!.AsArray();
        Assert.Equal(Enumerable.Range(1, citations.Count), citations.Select(citation => (int)citation!["number"]!));
        Assert.All(citations, citation => Assert.False(string.IsNullOrEmpty((string?)citation!["text"])));
        Assert.Equal(citations.Count, citations.Select(citation => (string?)citation!["text"]).Distinct().Count());
        var related = body["related"]!.AsArray();
        Assert.InRange(related.Count, 1, 3);
        Assert.All(related, item => Assert.False(string.IsNullOrEmpty((string?)item!["title"])));
        Assert.StartsWith(answer, (string?)body["text"], StringComparison.Ordinal);
        Assert.Equal("en", (string?)body["locale"]);
    }

    [Fact]
    public async Task AQuestionNamingACountryCarriesItsLegalNoteWithDateAndCaution()
    {
        var body = await GetOkAsync("api/knowledge/answer?q=" + Uri.EscapeDataString("Can refugees join cooperatives in Jordan?"));

        Assert.Equal("jordan", (string?)body["country"]);
        var note = body["legalNotes"]!.AsArray().Single()!;
        Assert.Equal("legal.jordan", (string?)note["id"]);
        Assert.Equal("2025", (string?)note["asOf"]);
        Assert.False(string.IsNullOrEmpty((string?)note["caution"]));
        Assert.Contains("as of 2025", (string?)body["answer"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionNothingAnswersIs200WithNoCitations()
    {
        var body = await GetOkAsync("api/knowledge/answer?q=qqqq%20zzzz");

        Assert.Empty(body["basis"]!.AsArray());
        Assert.Empty(body["citations"]!.AsArray());
        Assert.False(string.IsNullOrEmpty((string?)body["answer"]));
    }

    [Theory]
    [InlineData("api/knowledge/answer")]
    [InlineData("api/knowledge/answer?q=")]
    [InlineData("api/knowledge/answer?q=%20%20&locale=en")]
    public async Task AMissingOrBlankQuestionIs400(string url)
    {
        await AssertBadQuestionAsync(url);
    }

    [Fact]
    public async Task AnOversizedQuestionIs400()
    {
        await AssertBadQuestionAsync("api/knowledge/answer?q=" + new string('a', 501));
    }

    [Theory]
    [InlineData("jordan", "legal.jordan")]
    [InlineData("Türkiye", "legal.turkey")]
    [InlineData("Gaziantep", "legal.turkey")]
    public async Task GuidanceForANamedCountryCarriesItsLegalNotes(string country, string note)
    {
        var body = await PostOkAsync("api/guidance", $$"""{"membership":"mixed","legalEnvironment":"can-join","country":"{{country}}"}""");

        var notes = body["legalNotes"]!.AsArray();
        var entry = Assert.Single(notes)!;
        Assert.Equal(note, (string?)entry["id"]);
        Assert.False(string.IsNullOrEmpty((string?)entry["asOf"]));
        Assert.False(string.IsNullOrEmpty((string?)entry["caution"]));
        Assert.NotEmpty(body["pathways"]!.AsArray());
    }

    [Fact]
    public async Task GuidanceWithoutACountryHasNoLegalNotes()
    {
        var body = await PostOkAsync("api/guidance", """{"membership":"mixed","country":null}""");

        Assert.Empty(body["legalNotes"]?.AsArray() ?? []);
    }

    [Theory]
    [InlineData("""{"membership":"mixed","country":"Narnia"}""")]
    [InlineData("""{"membership":"mixed","country":42}""")]
    public async Task AnUnknownCountryIs400NamingTheKnownOnes(string json)
    {
        var response = await _server.Client.PostAsync("api/guidance", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var field = Assert.Single(body["invalidFields"]!.AsArray())!;
        Assert.Equal("country", (string?)field["field"]);
        Assert.Contains("jordan", (string?)field["message"], StringComparison.Ordinal);
        var still = await _server.Client.GetAsync("api/knowledge/answer?q=sacco");
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    private async Task AssertBadQuestionAsync(string url)
    {
        var response = await _server.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("q", (string?)body["invalidFields"]![0]!["field"]);
        var still = await _server.Client.GetAsync("api/knowledge/answer?q=sacco");
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    private async Task<JsonNode> GetOkAsync(string url)
    {
        var response = await _server.Client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!;
    }

    private async Task<JsonNode> PostOkAsync(string url, string json)
    {
        var response = await _server.Client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!;
    }
}
