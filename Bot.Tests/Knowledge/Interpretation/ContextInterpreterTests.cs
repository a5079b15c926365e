using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Interpretation;
using GuidanceBot.Knowledge.Recommendations;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Knowledge.Interpretation;

/// <summary>Free-text descriptions read into context slots over the shipped content, with the words that filled each slot.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class ContextInterpreterTests
{
    private const string Gaziantep = "We support Syrian women refugees in Gaziantep; they may join Turkish cooperatives but cannot register their own";

    private static GuidanceBot.Knowledge.KnowledgeBase Knowledge => ShippedContent.KnowledgeBase;

    [Theory]
    [MemberData(nameof(Descriptions.WithExpectedSlots), MemberType = typeof(Descriptions))]
    public void FillsTheExpectedSlotsAndAsksForTheRest(string text, string expected)
    {
        var result = ContextInterpreter.Interpret(Knowledge, text, "en");

        Assert.Equal(expected, Describe(result.Slots));
        var filled = result.Slots.Select(slot => slot.Slot).ToHashSet();
        Assert.Equal(Knowledge.Questions.All.Where(q => !q.Hidden).Select(q => q.Slot).Where(slot => !filled.Contains(slot)), result.Missing.Select(m => m.Slot));
        foreach (var slot in result.Slots)
        {
            Assert.Equal(slot.Values.Select(v => v.Value), result.Context.Values(slot.Slot));
        }

        AssertTriggersAreTheInputsOwnWords(text, result.Slots.Concat(result.Conflicts.Select(c => new SlotFinding(c.Slot, c.Values))));
    }

    [Fact]
    public void TheIssuesExampleIsMixedMembershipThatCanJoinWithWomenAndAsksOnlyForTheRest()
    {
        var result = ContextInterpreter.Interpret(Knowledge, Gaziantep, "en-US");

        Assert.Equal("mixed", result.Context.Membership);
        Assert.Equal("can-join", result.Context.LegalEnvironment);
        Assert.Contains("women", result.Context.Needs);
        Assert.Equal(["refugees", "join Turkish cooperatives"], Triggers(result, "membership", "mixed"));
        Assert.Equal(["may join Turkish cooperatives but cannot register"], Triggers(result, "legalEnvironment", "can-join"));
        Assert.Equal(["women"], Triggers(result, "needs", "women"));
        Assert.Equal(["stage", "role", "phase", "cooperativeType"], result.Missing.Select(m => m.Slot));
        Assert.Equal([false, false, true, true], result.Missing.Select(m => m.Optional));
        Assert.Equal(Knowledge.Questions.Get("stage").Prompt, result.Missing[0].Question);
        Assert.Empty(result.Conflicts);
        Assert.Equal("en", result.Locale);
        Assert.Equal(Knowledge.Version, result.ContentVersion);
    }

    [Theory]
    [InlineData("Refugees cannot register their own cooperatives.")]
    [InlineData("They are not allowed to register their own cooperatives here")]
    [InlineData("they can't form their own coops")]
    [InlineData("Displaced people are unable to form their own cooperatives.")]
    [InlineData("IDPs may join existing cooperatives but cannot register their own")]
    [InlineData("We are not sure whether refugees can register their own cooperatives")]
    [InlineData("It is unclear if they are allowed to form their own cooperative")]
    public void CannotRegisterTheirOwnNeverMeansCanForm(string text)
    {
        var result = ContextInterpreter.Interpret(Knowledge, text, "en");

        Assert.NotNull(result.Context.LegalEnvironment);
        Assert.NotEqual("can-form", result.Context.LegalEnvironment);
        Assert.DoesNotContain(result.Conflicts, conflict => conflict.Values.Any(value => value.Value == "can-form"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Hello")]
    [InlineData("What's the weather like in Geneva?")]
    [InlineData("They have loads of posts to fill.")]
    [InlineData("🙂 ... ??? 12345 — ¿qué? مرحبا")]
    public void TextWithNothingRelevantFindsNothingAndLeavesEverySlotToAsk(string text)
    {
        var result = ContextInterpreter.Interpret(Knowledge, text, "en");

        Assert.Empty(result.Slots);
        Assert.Empty(result.Conflicts);
        Assert.All(Slots.All, slot => Assert.False(result.Context.IsAnswered(slot.Id)));
        Assert.Equal(Knowledge.Questions.All.Where(q => !q.Hidden).Select(q => q.Slot), result.Missing.Select(m => m.Slot));
    }

    [Fact]
    public void TwoEquallySpecificValuesLeaveTheSlotOpenAndReportTheConflict()
    {
        var result = ContextInterpreter.Interpret(Knowledge, "An NGO partnering with UNHCR in Ethiopia", "en");

        Assert.Null(result.Context.Role);
        Assert.Contains("role", result.Missing.Select(m => m.Slot));
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal("role", conflict.Slot);
        Assert.Equal(["international", "ngo"], conflict.Values.Select(v => v.Value));
        Assert.Equal(["UNHCR", "NGO"], conflict.Values.Select(v => v.Triggers.Single().Text));
    }

    [Theory]
    [InlineData("Refugees cannot register cooperatives.", "informal-only")]
    [InlineData("Refugees can join cooperatives but cannot register.", "can-join")]
    [InlineData("They cannot register a cooperative, but they may join existing ones.", "can-join")]
    [InlineData("We do not know if refugees can join cooperatives", "unknown")]
    [InlineData("Refugees can register cooperatives in Rwanda.", "can-form")]
    public void TheMoreSpecificPhraseDecidesTheLegalEnvironment(string text, string expected)
    {
        Assert.Equal(expected, ContextInterpreter.Interpret(Knowledge, text, "en").Context.LegalEnvironment);
    }

    [Fact]
    public void RefugeesAndHostsInSeparateSentencesMeanMixedMembership()
    {
        var result = ContextInterpreter.Interpret(Knowledge, "We work with refugees. Local residents are members too.", "en");

        Assert.Equal("mixed", result.Context.Membership);
        Assert.Equal(["refugees", "Local residents"], Triggers(result, "membership", "mixed"));
    }

    [Fact]
    public void CustomersAndStaffAreNotMembers()
    {
        var result = ContextInterpreter.Interpret(Knowledge, "Our local cooperative sells seeds to refugees and hires refugees as workers.", "en");

        Assert.Equal("host", result.Context.Membership);
    }

    [Fact]
    public void ALackIsStillANeedButANegatedRoleIsNotARole()
    {
        var result = ContextInterpreter.Interpret(Knowledge, "We are not an NGO. They have no access to credit and no jobs.", "en");

        Assert.Equal(["livelihoods", "finance"], result.Context.Needs);
        Assert.Null(result.Context.Role);
        Assert.DoesNotContain(result.Conflicts, conflict => conflict.Slot == "role");
    }

    [Fact]
    public void NotOnlyIsNotANegation()
    {
        var result = ContextInterpreter.Interpret(Knowledge, "Not only refugees but also locals are members.", "en");

        Assert.Equal("mixed", result.Context.Membership);
    }

    [Fact]
    public void LongWordsMatchDespiteATypoAndTheTriggerIsTheTypedWord()
    {
        var result = ContextInterpreter.Interpret(Knowledge, "Refugess need tranining", "en");

        Assert.Equal(["Refugess"], Triggers(result, "membership", "displaced"));
        Assert.Equal(["tranining"], Triggers(result, "needs", "skills"));
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-GB")]
    [InlineData(null)]
    [InlineData("x")]
    public void ALocaleWithoutItsOwnPhrasesUsesTheFallbackLanguage(string? locale)
    {
        var result = ContextInterpreter.Interpret(Knowledge, Gaziantep, locale);

        Assert.Equal("en", result.Locale);
        Assert.Equal("mixed", result.Context.Membership);
    }

    [Fact]
    public void TheSameTextGivesTheSameAnswer()
    {
        var first = ContextInterpreter.Interpret(Knowledge, Gaziantep, "en");
        var second = ContextInterpreter.Interpret(Knowledge, Gaziantep, "en");

        Assert.Equal(Describe(first.Slots, withTriggers: true), Describe(second.Slots, withTriggers: true));
        Assert.Equal(first.Missing, second.Missing);
    }

    [Fact]
    public void TheMissingSlotsAreWhatTheGuidanceWouldAskToSharpen()
    {
        var result = ContextInterpreter.Interpret(Knowledge, Gaziantep, "en");

        var guidance = RecommendationEngine.Recommend(Knowledge, result.Context);

        Assert.Equal(guidance.Sharpen, result.Missing);
        Assert.NotEmpty(guidance.Pathways);
    }

    [Fact]
    public void LongAndOddInputIsReadWithoutFailing()
    {
        var text = string.Concat(Enumerable.Repeat("refugees -- ,,, ''' co-op* ... |||| ", 300)) + Gaziantep;

        var result = ContextInterpreter.Interpret(Knowledge, text, "en");

        Assert.Equal("can-join", result.Context.LegalEnvironment);
    }

    private static List<string> Triggers(GuidanceBot.Knowledge.Interpretation.Interpretation result, string slot, string value) =>
        [.. result.Slots.Single(s => s.Slot == slot).Values.Single(v => v.Value == value).Triggers.Select(t => t.Text)];

    private static string Describe(IEnumerable<SlotFinding> slots, bool withTriggers = false) => string.Join(' ', slots.Select(slot =>
        $"{slot.Slot}={string.Join(',', slot.Values.Select(v => withTriggers ? $"{v.Value}[{string.Join('|', v.Triggers)}]" : v.Value))}"));

    private static void AssertTriggersAreTheInputsOwnWords(string text, IEnumerable<SlotFinding> slots)
    {
        foreach (var trigger in slots.SelectMany(slot => slot.Values).SelectMany(value => value.Triggers))
        {
            Assert.False(string.IsNullOrWhiteSpace(trigger.Text));
            Assert.Equal(trigger.Text, text.Substring(trigger.Start, trigger.Length));
        }
    }
}
