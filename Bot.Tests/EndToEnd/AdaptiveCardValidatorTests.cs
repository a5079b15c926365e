using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Knowledge.Loading;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.EndToEnd;

/// <summary>Our cards checked by the real adaptivecards library (schema 1.5), and proof that the check can fail.</summary>
[Trait("Category", TestCategories.RealClients)]
public sealed class AdaptiveCardValidatorTests
{
    [Fact]
    public async Task TheWelcomeCardIsAValidAdaptiveCard()
    {
        var responses = KnowledgeLoader.LoadResponses(Path.Combine(AppContext.BaseDirectory, "Content", "responses.yml"));
        var card = AdaptiveCardJson.ToJson(WelcomeCard.Build(responses));

        var events = await AdaptiveCardValidator.ValidateAsync(card);

        Assert.Empty(events);
    }

    [Fact]
    public async Task AnUnknownElementAndABadPropertyValueAreBothReported()
    {
        var card = JsonNode.Parse("""
            {
              "type": "AdaptiveCard",
              "version": "1.5",
              "body": [
                { "type": "Bogus" },
                { "type": "TextBlock", "text": "hello", "size": "gigantic" }
              ],
              "actions": [ { "type": "Action.Nope", "title": "x" } ]
            }
            """)!;

        var events = await AdaptiveCardValidator.ValidateAsync(card);

        Assert.Contains(events, e => e.StartsWith("Parse/UnknownElementType:", StringComparison.Ordinal) && e.Contains("Bogus", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("Parse/InvalidPropertyValue:", StringComparison.Ordinal) && e.Contains("gigantic", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("Parse/UnknownActionType:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"type":"AdaptiveCard","body":[]}""", "Validation/MissingVersion")]
    [InlineData("""{"type":"NotACard","version":"1.5"}""", "MissingCardType")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text"}]}""", "PropertyCantBeNull")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"a"},{"type":"Input.Text","id":"a"}]}""", "DuplicateId")]
    public async Task StructuralMistakesAreReported(string json, string expected)
    {
        var events = await AdaptiveCardValidator.ValidateAsync(JsonNode.Parse(json)!);

        Assert.Contains(events, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ManyCardsShareOneFastValidator()
    {
        var card = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"line one\nline two"}]}""")!;
        await AdaptiveCardValidator.ValidateAsync(card);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 50; i++)
        {
            Assert.Empty(await AdaptiveCardValidator.ValidateAsync(card));
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"50 validations took {clock.Elapsed}; the validator should reuse one Node process.");
    }
}
