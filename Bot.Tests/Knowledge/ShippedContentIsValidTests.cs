using GuidanceBot.Knowledge.Loading;
using GuidanceBot.Knowledge.Responses;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Knowledge;

/// <summary>The validator run over the content the bot ships: no errors and no warnings, or the build fails.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class ShippedContentIsValidTests
{
    [Fact]
    public void TheShippedContentHasNoErrorsAndNoWarnings()
    {
        var report = ShippedContent.LoadResult.Report;

        Assert.True(report.Messages.Count == 0, $"The shipped content has problems:{Environment.NewLine}{report}");
        Assert.NotNull(ShippedContent.LoadResult.KnowledgeBase);
    }

    [Fact]
    public void TheShippedContentSpeaksEnglishFrenchSpanishAndArabicWithNothingLeftInEnglish()
    {
        var source = ShippedContent.KnowledgeBase;

        Assert.Equal("en", source.Locale);
        Assert.Equal(["ar", "en", "es", "fr"], source.Locales.Order(StringComparer.Ordinal));
        foreach (var locale in new[] { "fr", "es", "ar" })
        {
            var language = source.In(locale);
            Assert.Equal(locale, language.Locale);
            Assert.Equal(source.Version, language.Version);
            Assert.DoesNotContain(language.Items, item => (item.Title + item.Summary + item.Details).Contains(TranslationOverlay.UntranslatedMark, StringComparison.Ordinal));
            Assert.NotEqual(source.Get("P1").Title, language.Get("P1").Title);
            Assert.NotEqual(source.Responses.Get(ResponseKeys.WelcomeTitle), language.Responses.Get(ResponseKeys.WelcomeTitle));
        }

        Assert.True(source.In("ar").IsRightToLeft);
        Assert.False(source.In("fr").IsRightToLeft);
    }

    [Fact]
    public void TheResponsesFileStillLoadsOnItsOwn()
    {
        var catalog = KnowledgeLoader.LoadResponses(Path.Combine(ShippedContent.Path, "responses.yml"));

        Assert.Equal("Welcome to GuidanceBot", catalog.Get(ResponseKeys.WelcomeTitle));
        foreach (var key in ResponseKeys.Required)
        {
            Assert.False(string.IsNullOrWhiteSpace(catalog.Get(key)), key);
        }
    }

    [Fact]
    public void EveryContentFileStartsWithAVersion()
    {
        foreach (var file in Directory.EnumerateFiles(ShippedContent.Path, "*.yml", SearchOption.AllDirectories))
        {
            Assert.StartsWith("version: 1", File.ReadAllText(file).TrimStart(), StringComparison.Ordinal);
        }
    }
}
