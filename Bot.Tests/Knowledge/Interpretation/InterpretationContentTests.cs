using GuidanceBot.Knowledge.Interpretation;
using GuidanceBot.Knowledge.Loading;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Knowledge.Interpretation;

/// <summary>
/// The interpretation content: another language is added by content alone, and each mistake an editor can make in
/// an interpretation block is reported at its file and line.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed class InterpretationContentTests : IDisposable
{
    private const string File = "guidance/zz-interpretation.yml";
    private readonly ContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ALanguageAddedInContentReadsItsOwnPhrasesOnly()
    {
        _folder.Write("guidance/interpretation-fr.yml", """
            version: 1
            interpretation:
              - locale: fr
                negations:
                  - slots: [legalEnvironment]
                    words: [ne, pas]
                phrases:
                  membership:
                    displaced: ["réfugié*"]
                  legalEnvironment:
                    can-join: ["peuvent adhérer"]
                    can-form: ["peuvent créer|enregistrer"]
            """);
        var knowledge = KnowledgeLoader.Load(_folder.Path).KnowledgeBase!;

        var french = ContextInterpreter.Interpret(knowledge, "Des réfugiées syriennes peuvent adhérer à des coopératives mais ne peuvent pas créer les leurs.", "fr-CA");
        var englishInFrench = ContextInterpreter.Interpret(knowledge, "Syrian refugees may join cooperatives", "fr");
        var german = ContextInterpreter.Interpret(knowledge, "Syrian refugees may join cooperatives", "de-DE");

        Assert.Equal("fr", french.Locale);
        Assert.Equal("displaced", french.Context.Membership);
        Assert.Equal("can-join", french.Context.LegalEnvironment);
        Assert.Empty(englishInFrench.Slots);
        Assert.Equal("en", german.Locale);
        Assert.Equal("can-join", german.Context.LegalEnvironment);
    }

    [Fact]
    public void AnUnknownSlotGetsADidYouMean()
    {
        AssertError(Block("    phrases:\n      membrship:\n        host: [\"locals\"]\n"), 5, "'membrship' is not a known slot; did you mean 'membership'?");
    }

    [Fact]
    public void AnUnknownValueGetsADidYouMean()
    {
        AssertError(Block("    phrases:\n      membership:\n        hosts: [\"locals\"]\n"), 6, "'hosts' is not a value of slot 'membership'; did you mean 'host'?");
    }

    [Theory]
    [InlineData("... refugees", "cannot start with \"...\"")]
    [InlineData("refugees ...", "cannot end with \"...\"")]
    [InlineData("join ... ... register", "two gaps in a row")]
    [InlineData("can||may join", "has an empty choice")]
    [InlineData("co-op|coop", "is several words")]
    [InlineData("wo*men", "\"*\" may only end a word")]
    [InlineData("* refugees", "cannot start or end with \"*\"")]
    public void APhraseThatCannotBeReadIsReportedAtItsLine(string phrase, string expected)
    {
        AssertError(Block($"    phrases:\n      membership:\n        displaced:\n          - \"{phrase}\"\n"), 7, expected);
    }

    [Fact]
    public void APhraseThatMeansTwoValuesOfOneSlotIsRejected()
    {
        AssertError(Block("    questionSynonyms: true\n    phrases:\n      membership:\n        displaced: [\"host community\"]\n"), 7, "\"host community\" would mean both 'host'");
    }

    [Fact]
    public void AVagueSynonymMustBeASynonymOfThatSlotsQuestion()
    {
        AssertError(Block("    questionSynonyms: true\n    vagueSynonyms:\n      needs: [helth]\n"), 6, "'helth' is not a synonym of any option of the question for 'needs'; did you mean 'health'?");
    }

    [Fact]
    public void ASecondBlockForALocaleNamesTheFirst()
    {
        AssertError("version: 1\ninterpretation:\n  - locale: en\n", 3, "there are two interpretation blocks for 'en'; the other is at guidance/interpretation.yml:");
    }

    [Fact]
    public void OnlyOneBlockMayBeTheFallback()
    {
        AssertError("version: 1\ninterpretation:\n  - locale: fr\n    fallback: true\n", 3, "only one interpretation block may say \"fallback: true\"");
    }

    [Fact]
    public void MisspeltFieldsAndBadSettingsAreReported()
    {
        AssertError(Block("    gapwords: 4\n"), 4, "has an unknown field 'gapwords'; did you mean 'gapWords'?");
        AssertError(Block("    gapWords: 40\n"), 4, "'gapWords' should be between 1 and 20, not 40.");
        AssertError("version: 1\ninterpretation:\n  - locale: english!\n", 3, "'english!' is not a locale");
        AssertError(Block("    combine:\n      - { slot: needs, values: [women, health], means: women }\n"), 5, "'needs' holds several answers");
        AssertError(Block("    negations:\n      - slots: [role]\n        words: [\"not at all\"]\n"), 6, "'not at all' in 'words' should be one word.");
        AssertError(Block("    negations:\n      - slots: [role]\n"), 5, "has no words");
    }

    [Fact]
    public void ContentWithoutAnyInterpretationBlockIsRejected()
    {
        System.IO.File.Delete(Path.Combine(_folder.Path, "guidance", "interpretation.yml"));

        var report = KnowledgeLoader.Load(_folder.Path).Report;

        Assert.Contains("(content folder):1: there is no interpretation: block, so descriptions cannot be read; add one in guidance/interpretation.yml.", report.Errors.Select(m => m.ToString()));
    }

    /// <summary>A block for locale "xx" starting on line 3, with the given fields from line 4.</summary>
    private static string Block(string fields) => $"version: 1\ninterpretation:\n  - locale: xx\n{fields}";

    private void AssertError(string yaml, int line, string expected)
    {
        _folder.Write(File, yaml);

        var result = KnowledgeLoader.Load(_folder.Path);

        Assert.False(result.Succeeded);
        Assert.True(
            result.Report.Errors.Any(m => m.File == File && m.Line == line && m.ToString().Contains(expected, StringComparison.Ordinal)),
            $"Expected an error at {File}:{line} containing \"{expected}\"; got:{Environment.NewLine}{result.Report}");
    }
}
