using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Loading;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Knowledge.Localization;

/// <summary>
/// Translations under locales/&lt;tag&gt;/ read over the source content: what they replace, what they may not say,
/// and how an untranslated text shows. Each test writes a small translation into a copy of the shipped content.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed class TranslationLoadingTests : IDisposable
{
    private readonly ContentFolder _content = new();

    public TranslationLoadingTests()
    {
        // Start from no translations at all, so each test controls exactly what the test language says.
        var locales = Path.Combine(_content.Path, "locales");
        if (Directory.Exists(locales))
        {
            Directory.Delete(locales, recursive: true);
        }
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public void ATranslatedTextReplacesTheSourceTextAndTheRestShowsMarkedInTheSourceLanguage()
    {
        _content.Write("locales/de/greetings.yml", """
            version: 1
            responses:
              welcome.title: "Willkommen bei GuidanceBot"
            items:
              - id: P1
                title: "Dienstleistungen für Vertriebene"
            """);

        var result = KnowledgeLoader.Load(_content.Path);

        var german = Assert.IsType<KnowledgeBase>(result.KnowledgeBase).In("de-AT");
        Assert.Equal("de", german.Locale);
        Assert.Equal("Willkommen bei GuidanceBot", german.Responses.Get("welcome.title"));
        Assert.Equal("Dienstleistungen für Vertriebene", german.Get("P1").Title);
        Assert.StartsWith(TranslationOverlay.UntranslatedMark, german.Get("P1").Summary, StringComparison.Ordinal);
        Assert.StartsWith(TranslationOverlay.UntranslatedMark, german.Responses.Get("welcome.body"), StringComparison.Ordinal);
        Assert.Equal("Welcome to GuidanceBot", result.KnowledgeBase.Responses.Get("welcome.title"));
        Assert.Contains(result.Report.Warnings, warning => warning.File == "responses.yml" && warning.Message.Contains("'welcome.body' has no German translation", StringComparison.Ordinal));
        Assert.Contains(result.Report.Warnings, warning => warning.File == "locales/de/greetings.yml" && warning.Message.Contains("'summary'", StringComparison.Ordinal));
        Assert.Empty(result.Report.Errors);
    }

    [Fact]
    public void EveryLanguageOfASnapshotSharesItsVersionAndAnUnknownLanguageGetsTheSource()
    {
        _content.Write("locales/de/a.yml", "version: 1\nresponses:\n  welcome.title: \"Willkommen\"\n");

        var source = KnowledgeLoader.Load(_content.Path).KnowledgeBase!;

        Assert.Equal(["en", "de"], source.Locales);
        Assert.Same(source, source.In("pt-BR"));
        Assert.Same(source, source.In(null));
        Assert.Same(source, source.In("de").In("en-GB"));
        Assert.Equal(source.Version, source.In("de").Version);
        Assert.False(source.In("de").IsRightToLeft);
    }

    [Fact]
    public void ATranslationOfSomethingTheSourceDoesNotHaveIsAnErrorAtItsLine()
    {
        _content.Write("locales/de/a.yml", """
            version: 1
            items:
              - id: P9
                title: "Gibt es nicht"
              - id: P1
                kind: pathway
            responses:
              welcome.titel: "Willkommen"
            """);

        var report = KnowledgeLoader.Load(_content.Path).Report;

        Assert.Contains(report.Errors, error => error.File == "locales/de/a.yml" && error.Line == 3 && error.Message.Contains("'P9' is not in the source", StringComparison.Ordinal));
        Assert.Contains(report.Errors, error => error.Line == 6 && error.Message.Contains("'kind' is not translated", StringComparison.Ordinal));
        Assert.Contains(report.Errors, error => error.Line == 8 && error.Message.Contains("did you mean 'welcome.title'", StringComparison.Ordinal));
    }

    [Fact]
    public void ATranslationMustKeepThePlaceholdersTheCodeFillsIn()
    {
        _content.Write("locales/de/a.yml", """
            version: 1
            responses:
              answer.noted: "Notiert."
              question.progress: "Frage {aktuell} von {total}"
            """);

        var report = KnowledgeLoader.Load(_content.Path).Report;

        Assert.Contains(report.Errors, error => error.Line == 3 && error.Message.Contains("leaves out {answer}", StringComparison.Ordinal));
        Assert.Contains(report.Errors, error => error.Line == 4 && error.Message.Contains("uses {aktuell}", StringComparison.Ordinal));
    }

    [Fact]
    public void OptionsAreTranslatedByValueAndTheirSynonymsReplaceTheSourceWords()
    {
        _content.Write("locales/de/q.yml", """
            version: 1
            questions:
              - slot: membership
                prompt: "Wer sind die Mitglieder?"
                options:
                  - value: host
                    label: "Aufnahmegemeinschaft"
                    synonyms: [einheimische, aufnahmegemeinschaft]
                  - value: nobody
                    label: "Niemand"
            """);

        var result = KnowledgeLoader.Load(_content.Path);

        Assert.Contains(result.Report.Errors, error => error.Line == 9 && error.Message.Contains("'nobody' is not one of the source's", StringComparison.Ordinal));
        _content.Replace("locales/de/q.yml", "      - value: nobody\n        label: \"Niemand\"", "");
        var german = KnowledgeLoader.Load(_content.Path).KnowledgeBase!.In("de");
        var host = german.Questions.Get("membership").Options.Single(option => option.Value == "host");
        Assert.Equal("Aufnahmegemeinschaft", host.Label);
        Assert.Equal(["einheimische", "aufnahmegemeinschaft"], host.Synonyms);
        Assert.Equal("Wer sind die Mitglieder?", german.Questions.Get("membership").Prompt);
    }

    [Fact]
    public void AFolderThatIsNotALanguageTagIsAnError()
    {
        _content.Write("locales/french/a.yml", "version: 1\n");

        var report = KnowledgeLoader.Load(_content.Path).Report;

        Assert.Contains(report.Errors, error => error.File == "locales/french/a.yml" && error.Message.Contains("not a language", StringComparison.Ordinal));
    }

    [Fact]
    public void ArabicIsWrittenRightToLeft()
    {
        _content.Write("locales/ar/a.yml", "version: 1\nresponses:\n  welcome.title: \"مرحبًا بكم في GuidanceBot\"\n");

        var arabic = KnowledgeLoader.Load(_content.Path).KnowledgeBase!.In("ar-JO");

        Assert.Equal("ar", arabic.Locale);
        Assert.True(arabic.IsRightToLeft);
    }
}
