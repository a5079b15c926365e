using GuidanceBot.Bot.Hosting;
using GuidanceBot.Knowledge.Loading;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Knowledge;

/// <summary>Each kind of mistake an editor can make, in a broken file, gives its plain-English message at the right line.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class KnowledgeValidatorTests : IDisposable
{
    // Sorts after the shipped files, so it is read last, like a file an editor adds.
    private const string File = "study/zz-broken.yml";
    private readonly ContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void InvalidYamlIsReportedAtItsLine()
    {
        AssertError("version: 1\nitems:\n  - id: x\n    title: \"unterminated\n", 4, "not valid YAML");
    }

    [Fact]
    public void AFileWithoutAVersionIsRejected()
    {
        AssertError("items: []\n", 1, "should start with \"version: 1\"");
    }

    [Fact]
    public void AMisspeltFieldGetsADidYouMean()
    {
        AssertError(Item("definition.x", extra: "    titel: Typo\n"), 10, "item 'definition.x' has an unknown field 'titel'; did you mean 'title'?");
    }

    [Fact]
    public void AMissingRequiredFieldIsReportedAtTheItem()
    {
        AssertError("version: 1\nitems:\n  - id: definition.x\n    kind: definition\n    title: X\n    details: D\n    tags: [x]\n    sources: [{ doc: ES, section: Introduction }]\n", 3, "item 'definition.x' is missing the required field 'summary'.");
    }

    [Fact]
    public void ADuplicateIdNamesWhereItWasFirstUsed()
    {
        AssertError(Item("P1", kind: "pathway"), 3, "the id 'P1' is used twice; it is already used at study/pathways.yml:");
    }

    [Fact]
    public void AnItemWithoutSourcesIsRejected()
    {
        AssertError("version: 1\nitems:\n  - id: definition.x\n    kind: definition\n    title: X\n    summary: S\n    details: D\n    tags: [x]\n", 3, "item 'definition.x' has no sources");
    }

    [Fact]
    public void AnUnknownDocumentIsRejected()
    {
        AssertError(Item("definition.x", source: "{ doc: EX, section: Intro }"), 8, "names an unknown document 'EX'; did you mean 'ES'?");
    }

    [Fact]
    public void AnExternalSourceNeedsItsUrl()
    {
        AssertError(Item("definition.x", source: "{ evidence: X, section: somewhere }"), 8, "names neither a document (doc:) nor a web page (url:)");
    }

    [Fact]
    public void AnExampleMayNotPassItselfOffAsTheStudysOwn()
    {
        AssertError(Item("example.x", kind: "example", extra: "    pathways: [P1]\n"), 3, "example 'example.x' cites the study (R or S)");
    }

    [Fact]
    public void AnExternalSourceTaggedAsTheStudyIsRejected()
    {
        AssertError(Item("definition.x", source: "{ url: \"https://example.org\", evidence: R }"), 8, "is tagged R, which only a document of the study tagged R can carry");
    }

    [Fact]
    public void AnUnknownIdInBasedOnIsReportedAtItsLine()
    {
        AssertError(Item("definition.x", extra: "    basedOn:\n      - lesson.L2\n      - lesson.L9\n"), 12, "item 'definition.x' (basedOn) names an unknown item 'lesson.L9'");
    }

    [Fact]
    public void ADerivedItemCitingTheStudyAsItsOwnWordIsRejected()
    {
        AssertError(Item("pitfall.x", kind: "pitfall", extra: "    basedOn: [lesson.L2]\n"), 3, "pitfall 'pitfall.x' cites the study as stating it (R or S), but a pitfall is our reading of the study");
    }

    [Fact]
    public void ADerivedItemNeedsTheStudyItemsItRestsOn()
    {
        AssertError(Item("advice.x", kind: "advice", source: "{ evidence: AUTH }"), 3, "advice 'advice.x' is our reading of the study, so it needs basedOn");
    }

    [Fact]
    public void ABasedOnTheStudySourceNeedsAStudyItemInBasedOn()
    {
        AssertError(Item("action.x", kind: "action", source: "{ evidence: B }", extra: "    basedOn: [example.B7]\n"), 8, "is tagged B (based on the study), but none of its basedOn items is stated in the study");
    }

    [Fact]
    public void ABasedOnTheStudySourceNamesNoDocumentOfItsOwn()
    {
        AssertError(Item("action.x", kind: "action", source: "{ doc: ES, section: Introduction, evidence: B }", extra: "    basedOn: [lesson.L2]\n"), 8, "is tagged B (based on the study), so it takes no doc, section or url");
    }

    [Fact]
    public void ABasedOnTheStudySourceCitesTheSectionsOfItsBasedOnItems()
    {
        _folder.Write(File, Item("pitfall.x", kind: "pitfall", source: "{ evidence: B }", extra: "    basedOn: [lesson.L2, operational.O2, challenge.C3]\n"));

        var result = KnowledgeLoader.Load(_folder.Path);

        Assert.True(result.Succeeded, result.Report.ToString());
        var source = Assert.Single(result.KnowledgeBase!.Get("pitfall.x").Sources);
        Assert.Equal(new Citation(null, null, "Summary of lessons learned; Operational insights; Challenges to cooperatives; Slide \"Challenges\"", null, "B"), source);
    }

    [Theory]
    [InlineData("https://cupdf.com/document/refugees-global-context-ilo.html", "cupdf.com")]
    [InlineData("https://staging-iloplp.gailabs.com/interventions/challenges", "gailabs.com")]
    [InlineData("https://www.fdocuments.in/document/x.html", "fdocuments.in")]
    [InlineData("https://slideplayer.com./amp/12953888", "slideplayer.com")]
    public void ASourceOnAnUntrustedHostIsRejectedAtItsLine(string url, string host)
    {
        AssertError(Item("definition.x", source: $"{{ url: \"{url}\", evidence: X }}"), 8, $"cites {host}, which is listed under untrustedHosts");
    }

    [Fact]
    public void TheUntrustedHostsListIsContentAndTakesBareHostNames()
    {
        _folder.Write(File, "version: 1\nuntrustedHosts:\n  - example.org\n  - https://bad.example/x\n" + Item("definition.x", source: "{ url: \"https://docs.example.org/a\", evidence: X }")[11..]);

        var report = KnowledgeLoader.Load(_folder.Path).Report;

        Assert.Contains(report.Errors, m => m.File == File && m.Line == 4 && m.Message.Contains("should be a bare host name", StringComparison.Ordinal));
        Assert.Contains(report.Errors, m => m.File == File && m.Line == 11 && m.Message.Contains("cites example.org, which is listed under untrustedHosts", StringComparison.Ordinal));
    }

    [Fact]
    public void AnOwnReadingNeedsNoDocument()
    {
        _folder.Write(File, Item("definition.x", source: "{ evidence: AUTH }"));

        var result = KnowledgeLoader.Load(_folder.Path);

        Assert.True(result.Succeeded, result.Report.ToString());
        Assert.Equal("AUTH", Assert.Single(result.KnowledgeBase!.Get("definition.x").Sources).Evidence);
    }

    [Fact]
    public void ALegalNoteNeedsItsDate()
    {
        AssertError(Item("legal.x", kind: "legal-note"), 3, "legal note 'legal.x' needs \"asOf:\"");
    }

    [Fact]
    public void AnAppliesToWithAnUnknownValueGetsADidYouMean()
    {
        AssertError(Item("definition.x", extra: "    appliesTo:\n      membership: [hosts]\n"), 11, "'hosts' is not a value of slot 'membership'; did you mean 'host'?");
    }

    [Fact]
    public void ARuleNamingAnUnknownSlotIsRejected()
    {
        AssertError(Rule("    when: { colour: [red] }\n    reason: \"Because.\"\n"), 4, "rule 'broken' has an unknown field", "'when' names an unknown slot 'colour'");
    }

    [Fact]
    public void ARuleNamingAnUnknownValueIsRejected()
    {
        AssertError(Rule("    when: { role: [donor] }\n    reason: \"Because {role}.\"\n"), 4, "'donor' is not a value of slot 'role'");
    }

    [Fact]
    public void ARuleNamingAnUnknownPathwayIsRejected()
    {
        AssertError(Rule("    reason: \"Always.\"\n    pathways: { P8: 2 }\n"), 5, "rule 'broken' (pathways) names an unknown pathway 'P8'");
    }

    [Fact]
    public void ARuleWhoseReasonDoesNotMentionItsAnswerIsRejected()
    {
        AssertError(Rule("    when: { stage: [new] }\n    reason: \"Because it is new.\"\n"), 5, "the reason should mention the answer it depends on; add {stage}");
    }

    [Fact]
    public void ARulesWhyMayOnlyMentionTheAnswersItDependsOnAndKnownPathways()
    {
        AssertError(Rule("    when: { stage: [new] }\n    reason: \"Because {stage}.\"\n    why:\n      P4: \"Because {role}, train.\"\n"), 7, "the why of P4 mentions {role}, but the rule does not depend on 'role'");
        AssertError(Rule("    reason: \"Always.\"\n    why:\n      P9: \"It fits.\"\n"), 6, "rule 'broken' (why) names an unknown pathway 'P9'");
    }

    [Fact]
    public void ARuleShowingAnItemInTheWrongPartIsRejected()
    {
        AssertError(Rule("    reason: \"Always.\"\n    pitfalls: [lesson.L2]\n"), 5, "names 'lesson.L2', a lesson, but 'pitfalls' takes only: pitfall");
    }

    [Fact]
    public void AQuestionWithAnUnknownOptionIsRejected()
    {
        _folder.Replace("guidance/questions.yml", "      - value: returnee\n", "      - value: returnees\n");

        var report = KnowledgeLoader.Load(_folder.Path).Report;

        Assert.Contains(report.Errors, m => m.File == "guidance/questions.yml" && m.Message.Contains("'returnees' is not a value of slot 'membership'; did you mean 'returnee'?", StringComparison.Ordinal));
        Assert.Contains(report.Errors, m => m.Message == "the question for 'membership' has no option for the value 'returnee'.");
    }

    [Fact]
    public void AMissingRequiredResponseIsRejected()
    {
        _folder.Replace("responses.yml", "  error.turn:", "  error.turned:");

        var report = KnowledgeLoader.Load(_folder.Path).Report;

        Assert.Contains("responses.yml:1: the response 'error.turn' is missing; the bot needs it.", report.Errors.Select(m => m.ToString()));
    }

    [Fact]
    public void AnUnusedPitfallIsAWarningNotAnError()
    {
        _folder.Write(File, Item("pitfall.lonely", kind: "pitfall", source: "{ evidence: B }", extra: "    basedOn: [lesson.L2]\n"));

        var result = KnowledgeLoader.Load(_folder.Path);

        Assert.True(result.Succeeded);
        Assert.Contains($"{File}:3: warning: pitfall 'pitfall.lonely' is never used: no rule in recommendations.yml shows it.", result.Report.Messages.Select(m => m.ToString()));
    }

    [Fact]
    public void TheCommandPrintsFileAndLineAndExitsWithOneOnErrors()
    {
        _folder.Write(File, Item("P1", kind: "pathway"));
        var output = new StringWriter();

        var exitCode = ValidateContentCommand.Run([ValidateContentCommand.Name, _folder.Path], output);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{File}:3: the id 'P1' is used twice", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 error(s)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheCommandExitsWithZeroOnTheShippedContent()
    {
        var output = new StringWriter();

        Assert.Equal(0, ValidateContentCommand.Run([ValidateContentCommand.Name, ShippedContent.Path], output));
        Assert.Contains("content is valid", output.ToString(), StringComparison.Ordinal);
    }

    private void AssertError(string yaml, int line, params string[] expected)
    {
        _folder.Write(File, yaml);

        var result = KnowledgeLoader.Load(_folder.Path);

        Assert.False(result.Succeeded);
        var atLine = result.Report.Errors.Where(m => m.File == File && m.Line == line).Select(m => m.ToString()).ToList();
        Assert.True(
            expected.Any(text => atLine.Exists(message => message.Contains(text, StringComparison.Ordinal))),
            $"Expected an error at {File}:{line} containing \"{string.Join("\" or \"", expected)}\"; got:{Environment.NewLine}{result.Report}");
    }

    /// <summary>A valid item (lines 3–9, the source on line 8) with optional extra fields from line 10.</summary>
    private static string Item(string id, string kind = "definition", string extra = "", string source = "{ doc: ES, section: Introduction }") =>
        $"version: 1\nitems:\n  - id: {id}\n    kind: {kind}\n    title: A title\n    summary: A summary.\n    details: Some details.\n    sources: [{source}]\n    tags: [x]\n{extra}";

    /// <summary>A rule with id "broken" on line 3 and the given fields from line 4.</summary>
    private static string Rule(string fields) => $"version: 1\nrules:\n  - id: broken\n{fields}";
}
