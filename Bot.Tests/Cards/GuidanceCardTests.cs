using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Recommendations;
using GuidanceBot.Knowledge.Responses;
using GuidanceBot.Tests.Knowledge;
using GuidanceBot.Tests.Support;
using GuidanceModel = GuidanceBot.Knowledge.Recommendations.Guidance;

namespace GuidanceBot.Tests.Cards;

/// <summary>
/// The guidance card's shape: what is visible at once (heading, forms, top three pathways with one why each, the
/// shared reason once, the legal-note line, buttons) and what waits behind Details (every reason, the rest of the
/// guidance, the sources numbered once). Built from a hand-made guidance so each part is known to be present.
/// </summary>
[Trait("Category", TestCategories.RealClients)]
public sealed partial class GuidanceCardTests
{
    private static readonly Citation Summary = new("ES", "Executive summary", "Findings", null, "R");
    private static readonly Citation Slides = new("SL", "ILO slides", "Slide 4", null, "S");
    private static readonly Citation TurkeySite = new(null, null, null, "https://example.org/turkey", "X");

    private static ResponseCatalog Responses => ShippedContent.KnowledgeBase.Responses;

    [Fact]
    public void TheTopThreePathwaysShowEachWithItsOwnWhyAndTheRestWaitsBehindDetails()
    {
        var card = AdaptiveCardJson.ToJson(GuidanceCard.Build(Responses, Sample()));
        var visible = Visible(card);
        var details = Details(card);

        Assert.Equal(["**1.** Members first (P3)", "**2.** Jobs first (P2)", "**3.** Training first (P1)"], visible.Where(text => PathwayLine().IsMatch(text)));
        Assert.Contains("P3 gives displaced people ownership.", visible);
        Assert.Contains("P2 brings income soonest.", visible);
        Assert.Contains("P1 needs no legal status.", visible);
        Assert.DoesNotContain(visible, text => text.Contains("Fourth pathway", StringComparison.Ordinal));
        Assert.DoesNotContain(visible, text => text.Contains("Mistrust", StringComparison.Ordinal));
        Assert.DoesNotContain(visible, text => text.Contains("Executive summary", StringComparison.Ordinal));

        foreach (var heading in new[] { "guidance.whyThese", "guidance.morePathways", "guidance.ruledOut", "guidance.pitfalls", "guidance.advice", "guidance.nextSteps", "guidance.sources" })
        {
            Assert.Contains(Responses.Get(heading), details);
        }

        Assert.Contains(details, text => text.Contains("An extra reason only P3 has.", StringComparison.Ordinal));
        Assert.Contains(details, text => text.Contains("**Fourth pathway (P4)**", StringComparison.Ordinal));
        Assert.Contains(details, text => text.Contains("Mistrust", StringComparison.Ordinal));
    }

    [Fact]
    public void ASharedReasonShowsOnceAndNeverAsAPathwaysWhy()
    {
        var card = AdaptiveCardJson.ToJson(GuidanceCard.Build(Responses, Sample()));

        // Once above the pathways, and once among all the reasons in the details (not under each of the three).
        Assert.Single(Visible(card), text => text.Contains(SharedReason.Text, StringComparison.Ordinal));
        Assert.Single(Details(card), text => text.Contains(SharedReason.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutAnEnginesWhyEachPathwayShowsAReasonNotAlreadyShownAbove()
    {
        var common = new GuidanceReason("r.mixed", "Because hosts and displaced people are members together.", [], 3);
        var guidance = Sample() with
        {
            SharedReasons = [],
            Pathways =
            [
                Pathway("P6", 1, "Agency organises", [common], [Summary]),
                Pathway("P3", 2, "Members first", [common, new("r.join", "Because displaced people can join.", [], 2)], [Summary]),
                Pathway("P2", 3, "Jobs first", [new("r.penalty", "Lower because of X.", [], -1), new("r.jobs", "Because jobs are a need.", [], 2)], [Summary]),
            ],
        };

        var visible = Visible(AdaptiveCardJson.ToJson(GuidanceCard.Build(Responses, guidance)));

        Assert.Single(visible, text => text == common.Text);
        Assert.Contains("Because displaced people can join.", visible);
        Assert.Contains("Because jobs are a need.", visible);
        Assert.DoesNotContain("Lower because of X.", visible);
    }

    [Fact]
    public void EachSourceIsListedOnceAndNumberedWhereItIsCited()
    {
        var card = AdaptiveCardJson.ToJson(GuidanceCard.Build(Responses, Sample()));
        var details = Details(card);
        var listed = details.Where(text => SourceEntry().IsMatch(text)).ToList();

        Assert.Equal(3, listed.Count);
        Assert.Equal(["[1]", "[2]", "[3]"], listed.Select(text => SourceEntry().Match(text).Value));
        Assert.Single(listed, text => text.Contains("Executive summary, Findings", StringComparison.Ordinal));
        Assert.Single(listed, text => text.Contains("ILO slides, Slide 4", StringComparison.Ordinal));
        Assert.Single(listed, text => text.Contains("https://example.org/turkey", StringComparison.Ordinal));

        // Every pathway cites both study sources by number, never in full.
        var citedTwice = Responses.Get("search.resultSource", new Dictionary<string, string> { ["source"] = "[1, 2]" });
        Assert.Equal(3, details.Count(text => text == citedTwice));
        Assert.Contains(details, text => text.Contains("**Mistrust**", StringComparison.Ordinal) && text.EndsWith("[2]", StringComparison.Ordinal));
    }

    [Fact]
    public void ANamedCountrysLegalNoteShowsAsOneLineWithItsDateAndTheCaution()
    {
        var card = AdaptiveCardJson.ToJson(GuidanceCard.Build(Responses, Sample()));
        var line = Assert.Single(Visible(card), text => text.Contains("Turkey: refugees in cooperatives", StringComparison.Ordinal));

        Assert.Contains(Responses.Get("legal.asOf", new Dictionary<string, string> { ["asOf"] = "2024" }), line, StringComparison.Ordinal);
        Assert.Contains(Responses.Get(ResponseKeys.LegalCheckLocally), line, StringComparison.Ordinal);
        Assert.DoesNotContain("may co-found", line, StringComparison.Ordinal);
        Assert.Contains(Responses.Get("guidance.legalNotes"), Details(card));
        Assert.Contains(Details(card), text => text.Contains("may co-found", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutALegalNoteThereIsNoLegalLineButTheLegalNotesButtonStays()
    {
        var card = AdaptiveCardJson.ToJson(GuidanceCard.Build(Responses, Sample() with { LegalNotes = [] }));

        Assert.DoesNotContain(Visible(card), text => text.Contains("Turkey", StringComparison.Ordinal));
        Assert.DoesNotContain(Responses.Get("guidance.legalNotes"), Details(card));
        Assert.Contains(Buttons(card), button => (string?)button["data"]?["verb"] == CardVerbs.LegalNotes);
    }

    [Fact]
    public void RecommendedFormsShowAboveThePathwaysOneLineEach()
    {
        var visible = Visible(AdaptiveCardJson.ToJson(GuidanceCard.Build(Responses, Sample())));
        var forms = visible.IndexOf(Responses.Get("guidance.forms"));
        var pathways = visible.IndexOf(Responses.Get("guidance.pathways"));

        Assert.True(forms >= 0 && forms < pathways, "The forms come first: " + string.Join(" | ", visible));
        Assert.Equal(["- **Self-help groups**", "- **Savings groups**"], visible.Skip(forms + 1).Take(2));
        Assert.DoesNotContain(Responses.Get("guidance.forms"), Visible(AdaptiveCardJson.ToJson(GuidanceCard.Build(Responses, Sample() with { Forms = [] }))));
    }

    [Fact]
    public void HeadingsAreAnnouncedAsHeadingsAndTheButtonsAskTheBotWithVerbs()
    {
        var card = AdaptiveCardJson.ToJson(GuidanceCard.Build(Responses, Sample()));
        var headings = TextBlocks(card["body"]).Where(block => (string?)block["style"] == "heading").Select(block => (string)block["text"]!).ToList();

        Assert.Equal([Responses.Get("guidance.intro"), Responses.Get("guidance.forms"), Responses.Get("guidance.pathways")], headings);
        Assert.All(TextBlocks(card["body"]).Where(block => (string?)block["color"] is not null), block => Assert.Equal("Bolder", (string?)block["weight"]));
        Assert.Equal(
            [CardVerbs.LegalNotes, CardVerbs.Why, CardVerbs.WhatIf, CardVerbs.Examples, CardVerbs.Ask, CardVerbs.StartOver],
            Buttons(card).Where(button => button["data"] is not null).Select(button => (string)button["data"]!["verb"]!));
        var details = Assert.Single(Buttons(card), button => (string?)button["type"] == "Action.ShowCard");
        Assert.Equal(Responses.Get("guidance.details"), (string?)details["title"]);
    }

    [Fact]
    public void FallbackTextAndSpeakStillCarryTheGuidance()
    {
        var built = GuidanceCard.Build(Responses, Sample());

        Assert.Contains("Members first (P3)", built.FallbackText, StringComparison.Ordinal);
        Assert.Contains("Mistrust", built.FallbackText, StringComparison.Ordinal);
        Assert.Contains("[1] ", built.FallbackText, StringComparison.Ordinal);
        Assert.StartsWith(Responses.Get("guidance.intro"), built.Speak, StringComparison.Ordinal);
        Assert.Contains("1. Members first.", built.Speak, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCardWithEveryPartIsValidForTheAdaptiveCardsLibraryAndForTeams()
    {
        var built = GuidanceCard.Build(Responses, Sample());
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(AdaptiveCardJson.ToJson(built)));
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(AdaptiveCardJson.ToAttachment(UniversalActions.Apply(built)).Content!));
    }

    private static readonly GuidanceReason SharedReason = new("r.unknown", "Because the law is not known, pathways that need no legal status come first.", [], 2);

    private static GuidanceModel Sample() => new()
    {
        ContentVersion = "test",
        Context = GuidanceContext.Empty,
        SharedReasons = [SharedReason],
        Forms =
        [
            Entry("form.shg", "Self-help groups", "Small groups that save and work together.", Summary),
            Entry("form.savings", "Savings groups", "Members save and lend among themselves.", Summary),
        ],
        LegalNotes =
        [
            Entry("legal.turkey", "Turkey: refugees in cooperatives", "People under temporary protection may co-found a cooperative.", TurkeySite) with
            {
                AsOf = "2024",
                Caution = Responses.Get(ResponseKeys.LegalCheckLocally),
            },
        ],
        Pathways =
        [
            Pathway("P3", 1, "Members first", [SharedReason, new("r.own", "An extra reason only P3 has.", [], 1)], [Summary, Slides], "P3 gives displaced people ownership."),
            Pathway("P2", 2, "Jobs first", [SharedReason], [Summary, Slides], "P2 brings income soonest."),
            Pathway("P1", 3, "Training first", [SharedReason], [Slides, Summary], "P1 needs no legal status."),
            Pathway("P4", 4, "Fourth pathway", [], [Summary], "P4 comes later."),
        ],
        RuledOut = [new RuledOutPathway("P5", "Own cooperatives", [new("r.out", "The law allows no cooperative of their own.", [], null)], [Summary])],
        Roles = [],
        Insights = [],
        Pitfalls = [Entry("pitfall.trust", "Mistrust", "Trust takes time.", Slides)],
        Advice = [Entry("advice.federation", "Enter through the federation", "Work with the local federation.", Summary)],
        NextSteps = [Entry("action.articles", "Review the articles", "Check membership rules.", Summary)],
        Examples = [],
        Sharpen = [new MissingAnswer("stage", "Is the cooperative new?", "it changes the result", false)],
    };

    private static RankedPathway Pathway(string id, int rank, string title, IReadOnlyList<GuidanceReason> reasons, IReadOnlyList<Citation> sources, string? why = null) =>
        new(id, rank, 10 - rank, title, title + " summary.", reasons, sources, why);

    private static GuidanceEntry Entry(string id, string title, string summary, Citation source) => new(id, "test", title, summary, [], [source]);

    /// <summary>The texts shown before anything is unfolded: the body, not the cards inside its Action.ShowCard buttons.</summary>
    private static List<string> Visible(JsonNode card) => [.. TextBlocks(card["body"]).Select(block => (string)block["text"]!)];

    /// <summary>The texts inside the Details button's card.</summary>
    private static List<string> Details(JsonNode card) =>
        [.. Buttons(card).Where(button => (string?)button["type"] == "Action.ShowCard").SelectMany(button => TextBlocks(button["card"]?["body"])).Select(block => (string)block["text"]!)];

    /// <summary>Every button: the card's own and those of button rows in the body.</summary>
    private static List<JsonObject> Buttons(JsonNode card) =>
    [
        .. (card["body"]?.AsArray() ?? []).OfType<JsonObject>().Where(element => (string?)element["type"] == "ActionSet")
            .SelectMany(set => set["actions"]!.AsArray().OfType<JsonObject>()),
        .. (card["actions"]?.AsArray() ?? []).OfType<JsonObject>(),
    ];

    /// <summary>Text blocks in order, inside containers too, but not inside buttons' cards.</summary>
    private static IEnumerable<JsonObject> TextBlocks(JsonNode? node) => node switch
    {
        JsonArray array => array.SelectMany(TextBlocks),
        JsonObject block when (string?)block["type"] == "TextBlock" => [block],
        JsonObject element => TextBlocks(element["items"]),
        _ => [],
    };

    [GeneratedRegex(@"^\*\*\d+\.\*\* .*\(P\d\)$")]
    private static partial Regex PathwayLine();

    [GeneratedRegex(@"^\[\d+\]")]
    private static partial Regex SourceEntry();
}
