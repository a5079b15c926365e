using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Recommendations;
using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Knowledge;

/// <summary>The engine over the shipped rules, as tables: every membership × legal environment, then needs and roles.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class RecommendationEngineTests
{
    private static KnowledgeBase Knowledge => ShippedContent.KnowledgeBase;

    /// <summary>membership, legalEnvironment, top two pathways in order, pathways ruled out, pitfalls that must appear.</summary>
    [Theory]
    [InlineData("host", "can-form", "P1 P2", "", "workers-without-voice")]
    [InlineData("host", "can-join", "P3 P1", "P5", "workers-without-voice nationality-clause hostile-law")]
    [InlineData("host", "informal-only", "P1 P2", "P3 P5", "formal-membership-blocked informal-ceiling hostile-law")]
    [InlineData("host", "unknown", "P1 P2", "", "unchecked-law workers-without-voice")]
    [InlineData("displaced", "can-form", "P5 P3", "", "weak-governance")]
    [InlineData("displaced", "can-join", "P3 P1", "P5", "nationality-clause hostile-law")]
    [InlineData("displaced", "informal-only", "P1 P2", "P3 P5", "formal-membership-blocked informal-ceiling")]
    [InlineData("displaced", "unknown", "P1 P2", "", "unchecked-law")]
    [InlineData("mixed", "can-form", "P6 P3", "", "trust-between-groups unequal-power")]
    [InlineData("mixed", "can-join", "P3 P6", "P5", "trust-between-groups unequal-power nationality-clause")]
    [InlineData("mixed", "informal-only", "P1 P2", "P3 P5", "trust-between-groups formal-membership-blocked informal-ceiling")]
    [InlineData("mixed", "unknown", "P1 P2", "", "trust-between-groups unequal-power unchecked-law")]
    [InlineData("returnee", "can-form", "P7 P5", "", "thin-evidence-returnees")]
    [InlineData("returnee", "can-join", "P7 P3", "", "thin-evidence-returnees")]
    [InlineData("returnee", "informal-only", "P7 P1", "", "thin-evidence-returnees")]
    [InlineData("returnee", "unknown", "P7 P5", "", "thin-evidence-returnees")]
    public void MembershipAndLegalEnvironmentDecideTheTopPathwaysAndPitfalls(
        string membership, string legalEnvironment, string topTwo, string ruledOut, string pitfalls)
    {
        var guidance = RecommendationEngine.Recommend(Knowledge, new GuidanceContext { Membership = membership, LegalEnvironment = legalEnvironment });

        Assert.Equal(Split(topTwo), guidance.Pathways.Take(2).Select(p => p.Id));
        Assert.Equal(Split(ruledOut), guidance.RuledOut.Select(p => p.Id));
        foreach (var pitfall in Split(pitfalls))
        {
            Assert.Contains("pitfall." + pitfall, guidance.Pitfalls.Select(p => p.Id));
        }

        var top = guidance.Pathways[0];
        var topReasons = top.Reasons.Concat(guidance.SharedReasons).ToList();
        Assert.Contains(new SlotAnswer(Slots.Membership, membership), topReasons.SelectMany(r => r.Answers));
        Assert.Contains(Knowledge.Questions.Option(Slots.Membership, membership).Answer, string.Join(" ", topReasons.Select(r => r.Text)));
        Assert.All(guidance.RuledOut, p => Assert.Contains(new SlotAnswer(Slots.LegalEnvironment, legalEnvironment), p.Reasons.SelectMany(r => r.Answers)));
        AssertReasonsNameTheirAnswers(guidance);
        Assert.Equal([Slots.Stage, Slots.Needs, Slots.Role, Slots.Phase, Slots.CooperativeType], guidance.Sharpen.Select(m => m.Slot));
    }

    [Fact]
    public void InformalOnlyRulesOutFormalMembershipAndBringsForwardInformalFormsAndTheRouteToRecognition()
    {
        var guidance = RecommendationEngine.Recommend(Knowledge, new GuidanceContext { LegalEnvironment = "informal-only" });

        var ruledOut = Assert.Single(guidance.RuledOut, p => p.Id == "P3");
        Assert.Contains("only form informal groups", ruledOut.Reasons[0].Text, StringComparison.Ordinal);
        Assert.Contains("benefit.informal-forms", guidance.Insights.Select(i => i.Id));
        Assert.Contains("definition.self-help-group", guidance.Insights.Select(i => i.Id));
        Assert.Contains("action.route-to-recognition", guidance.NextSteps.Select(i => i.Id));
    }

    [Fact]
    public void AnInternationalRoleBringsTheSupportDoNotDriveAndDoNotScaleTooFastLessons()
    {
        var guidance = RecommendationEngine.Recommend(Knowledge, new GuidanceContext { Membership = "mixed", Role = "international" });

        Assert.Contains("advice.international.listen", guidance.Advice.Select(a => a.Id));
        Assert.Contains("advice.international.pace", guidance.Advice.Select(a => a.Id));
        Assert.Contains("pitfall.outside-driven", guidance.Pitfalls.Select(p => p.Id));
        Assert.Contains("lesson.L3", guidance.Insights.Select(i => i.Id));
        var advice = guidance.Advice.First(a => a.Id == "advice.international.listen");
        Assert.Contains(new SlotAnswer(Slots.Role, "international"), advice.Reasons[0].Answers);
        Assert.Contains("international agency or donor", advice.Reasons[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("international", "advice.international.listen advice.international.pace advice.international.add-value advice.partner-directly")]
    [InlineData("ngo", "advice.ngo.federation-entry advice.international.add-value advice.partner-directly advice.federation.train-founders")]
    [InlineData("government", "advice.government.legal-framework advice.government.strengthen-intermediaries advice.partner-directly")]
    [InlineData("federation", "advice.federation.coach advice.federation.train-founders advice.cooperative.values")]
    [InlineData("cooperative", "advice.cooperative.governance advice.cooperative.open-doors advice.cooperative.values")]
    public void EachRoleGetsItsOwnAdviceAndNoOtherRolesAdvice(string role, string advice)
    {
        var guidance = RecommendationEngine.Recommend(Knowledge, new GuidanceContext { Membership = "host", LegalEnvironment = "can-join", Role = role });

        Assert.Equal(Split(advice).OrderBy(id => id), guidance.Advice.Select(a => a.Id).OrderBy(id => id));
        AssertReasonsNameTheirAnswers(guidance);
    }

    [Theory]
    [InlineData("livelihoods", "role.E2", "pitfall.weak-markets", "P2")]
    [InlineData("goods-services", "role.E1", "pitfall.weak-governance", "P1")]
    [InlineData("finance", "role.E4", "pitfall.handouts", "P1")]
    [InlineData("skills", "role.E5", "pitfall.weak-governance", "P4")]
    [InlineData("social-cohesion", "role.S2", "pitfall.trust-between-groups", "P3")]
    [InlineData("women", "role.S5", "pitfall.weak-governance", "P6")]
    [InlineData("health", "role.integrated", "pitfall.weak-governance", "P1")]
    public void EachNeedBringsItsRolesAndPitfallsAndLiftsItsPathway(string need, string role, string pitfall, string lifted)
    {
        var baseline = RecommendationEngine.Recommend(Knowledge, new GuidanceContext { Membership = "host", LegalEnvironment = "can-form" });
        var guidance = RecommendationEngine.Recommend(Knowledge, new GuidanceContext { Membership = "host", LegalEnvironment = "can-form", Needs = [need] });

        Assert.Contains(role, guidance.Roles.Select(r => r.Id));
        Assert.Contains(pitfall, guidance.Pitfalls.Select(p => p.Id));
        Assert.True(
            guidance.Pathways.Single(p => p.Id == lifted).Score > baseline.Pathways.Single(p => p.Id == lifted).Score,
            $"{need} should raise {lifted}");
        var roleEntry = guidance.Roles.Single(r => r.Id == role);
        Assert.Contains(roleEntry.Reasons, r => r.Answers.Contains(new SlotAnswer(Slots.Needs, need)));
    }

    [Fact]
    public void SeveralNeedsAreAllExplainedInOneReasonEach()
    {
        var guidance = RecommendationEngine.Recommend(Knowledge, new GuidanceContext { Membership = "displaced", Needs = ["finance", "women"] });

        Assert.Contains("example.A3", guidance.Examples.Select(e => e.Id));
        Assert.Contains("example.A2", guidance.Examples.Select(e => e.Id));
        var p5 = guidance.Pathways.Single(p => p.Id == "P5");
        Assert.Contains(p5.Reasons, r => r.Answers.SequenceEqual([new SlotAnswer(Slots.Needs, "finance")]));
        Assert.Contains(p5.Reasons, r => r.Answers.SequenceEqual([new SlotAnswer(Slots.Needs, "women")]));
    }

    [Fact]
    public void AReturneeMembershipBringsP7First()
    {
        var guidance = RecommendationEngine.Recommend(Knowledge, new GuidanceContext { Membership = "returnee" });

        Assert.Equal("P7", guidance.Pathways[0].Id);
        Assert.Contains("people who have returned home", guidance.Pathways[0].Why, StringComparison.Ordinal);
        Assert.Contains("example.B8", guidance.Examples.Select(e => e.Id));
    }

    [Fact]
    public void AnEmptyContextRanksNothingAndAsksForEveryAnswer()
    {
        var guidance = RecommendationEngine.Recommend(Knowledge, GuidanceContext.Empty);

        Assert.Empty(guidance.Pathways);
        Assert.Equal(Slots.All.Select(s => s.Id).Where(slot => slot != Slots.Displacement), guidance.Sharpen.Select(m => m.Slot));
        Assert.All(guidance.Sharpen, m => Assert.False(string.IsNullOrWhiteSpace(m.Why)));
        Assert.True(guidance.Sharpen.Single(m => m.Slot == Slots.CooperativeType).Optional);
        Assert.Contains("pitfall.weak-governance", guidance.Pitfalls.Select(p => p.Id));
    }

    [Fact]
    public void EveryEntryCarriesItsSourcesAndLegalNotesTheirDateAndCaution()
    {
        var guidance = RecommendationEngine.Recommend(Knowledge, new GuidanceContext
        {
            Membership = "mixed", LegalEnvironment = "unknown", Stage = "new", Needs = ["finance", "social-cohesion"], Role = "government",
        });

        var entries = guidance.Roles.Concat(guidance.Insights).Concat(guidance.Pitfalls).Concat(guidance.Advice).Concat(guidance.Examples).Concat(guidance.NextSteps).ToList();
        Assert.All(entries, entry => Assert.NotEmpty(entry.Sources));
        Assert.All(guidance.Pathways, pathway => Assert.NotEmpty(pathway.Sources));
        var legal = entries.Where(entry => entry.Kind == "legal-note").ToList();
        Assert.NotEmpty(legal);
        Assert.All(legal, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.AsOf));
            Assert.Equal(Knowledge.Responses.Get("legal.checkLocally"), entry.Caution);
        });
        Assert.All(guidance.Examples, example => Assert.DoesNotContain(example.Sources, source => source.Evidence is "R" or "S"));
    }

    [Fact]
    public void TheSameContextAlwaysGivesTheSameGuidance()
    {
        var context = new GuidanceContext { Membership = "host", LegalEnvironment = "can-join", Needs = ["livelihoods", "skills"], Role = "ngo" };

        var first = RecommendationEngine.Recommend(Knowledge, context);
        var second = RecommendationEngine.Recommend(Knowledge, context);

        Assert.Equal(Describe(first), Describe(second));
    }

    [Fact]
    public void WhatIfListsTheChangedAnswersTheMovedPathwaysAndWhy()
    {
        var before = new GuidanceContext { Membership = "displaced", LegalEnvironment = "can-form" };
        var after = before with { LegalEnvironment = "informal-only" };

        var comparison = RecommendationEngine.WhatIf(Knowledge, before, after);

        var change = Assert.Single(comparison.ChangedAnswers);
        Assert.Equal((Slots.LegalEnvironment, "can-form", "informal-only"), (change.Slot, change.Before[0], change.After[0]));
        var p5 = comparison.Pathways.Single(p => p.Id == "P5");
        Assert.Equal(1, p5.RankBefore);
        Assert.Null(p5.RankAfter);
        Assert.True(p5.RuledOutAfter);
        Assert.Contains(p5.ReasonsAdded, r => r.Rule == "legal-informal-only");
        Assert.Contains(p5.ReasonsRemoved, r => r.Rule == "legal-can-form");
        var added = comparison.Items.Single(i => i.Id == "action.route-to-recognition");
        Assert.Equal(ItemChange.Added, added.Change);
        Assert.Contains(added.Why, r => r.Answers.Contains(new SlotAnswer(Slots.LegalEnvironment, "informal-only")));
    }

    [Fact]
    public void WhatIfWithTheSameContextChangesNothing()
    {
        var context = new GuidanceContext { Membership = "host", Role = "cooperative" };

        var comparison = RecommendationEngine.WhatIf(Knowledge, context, context);

        Assert.Empty(comparison.ChangedAnswers);
        Assert.Empty(comparison.Pathways);
        Assert.Empty(comparison.Items);
    }

    [Fact]
    public void TryCreateReportsEveryUnknownSlotAndValue()
    {
        var ok = GuidanceContext.TryCreate(
            new Dictionary<string, IReadOnlyList<string>>
            {
                ["membership"] = ["hosts"],
                ["colour"] = ["red"],
                ["role"] = ["ngo", "government"],
                ["needs"] = ["finance", "skills"],
            },
            out var context,
            out var invalid);

        Assert.False(ok);
        Assert.Equal(["membership", "colour", "role"], invalid.Select(f => f.Field));
        Assert.Contains("'hosts' is not a value of 'membership'", invalid[0].Message, StringComparison.Ordinal);
        Assert.Equal(["finance", "skills"], context.Needs);
    }

    /// <summary>Every reason that rests on answers repeats each of them in words (the option's "answer" text).</summary>
    private static void AssertReasonsNameTheirAnswers(Guidance guidance)
    {
        var reasons = guidance.Pathways.SelectMany(p => p.Reasons)
            .Concat(guidance.SharedReasons)
            .Concat(guidance.RuledOut.SelectMany(p => p.Reasons))
            .Concat(guidance.Pitfalls.SelectMany(p => p.Reasons))
            .Concat(guidance.Advice.SelectMany(p => p.Reasons))
            .Where(reason => !reason.Rule.StartsWith("example-of-", StringComparison.Ordinal));
        foreach (var reason in reasons)
        {
            foreach (var answer in reason.Answers)
            {
                Assert.Contains(Knowledge.Questions.Get(answer.Slot).In(guidance.Context).Option(answer.Value)!.Answer, reason.Text, StringComparison.Ordinal);
            }
        }
    }

    private static string Describe(Guidance guidance) => string.Join("|",
        guidance.Pathways.Select(p => $"{p.Id}:{p.Score}:{string.Join(",", p.Reasons.Select(r => r.Rule))}")
            .Concat(guidance.Pitfalls.Select(p => p.Id)).Concat(guidance.Examples.Select(p => p.Id)).Concat(guidance.Advice.Select(p => p.Id)));

    private static string[] Split(string ids) => ids.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
