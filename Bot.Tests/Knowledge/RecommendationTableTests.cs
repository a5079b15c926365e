using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Recommendations;
using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Knowledge;

/// <summary>
/// The rules as an ILO/UNHCR livelihoods officer would check them (issue 12): a table of contexts written as
/// "slot=value" pairs, with the pathway that must lead, pathways that must be ruled out, and whether informal
/// SSE groups are recommended as a form. Then the per-pathway "why" sentences and the shared reasons.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed class RecommendationTableTests
{
    private static KnowledgeBase Knowledge => ShippedContent.KnowledgeBase;

    /// <summary>context, the first pathway, pathways ruled out ("-" for none), informal groups recommended as a form.</summary>
    public static readonly TheoryData<string, string, string, bool> Table = new()
    {
        // Unknown law: pathways that do not depend on legal status lead; owning ones sink.
        { "membership=displaced legalEnvironment=unknown", "P1", "-", true },
        { "membership=mixed legalEnvironment=unknown", "P1", "-", true },
        { "membership=host legalEnvironment=unknown", "P1", "-", true },
        { "membership=displaced legalEnvironment=unknown stage=new role=ngo needs=livelihoods", "P2", "-", true },
        // Informal only: informal SSE groups come forward; no formal membership pathway leads.
        { "membership=displaced legalEnvironment=informal-only", "P1", "P3 P5", true },
        { "membership=mixed legalEnvironment=informal-only", "P1", "P3 P5", true },
        { "membership=mixed legalEnvironment=informal-only needs=social-cohesion stage=new", "P1", "P3 P5", true },
        { "membership=host legalEnvironment=informal-only needs=livelihoods", "P2", "P3 P5", true },
        { "membership=displaced legalEnvironment=informal-only needs=skills", "P1", "P3 P5", true },
        // Can join: membership of host cooperatives, never a cooperative of their own.
        { "membership=displaced legalEnvironment=can-join", "P3", "P5", false },
        { "membership=displaced legalEnvironment=can-join stage=new needs=livelihoods role=ngo", "P3", "P5", false },
        { "membership=mixed legalEnvironment=can-join stage=new needs=livelihoods role=ngo", "P3", "P5", false },
        { "membership=host legalEnvironment=can-join stage=existing role=cooperative", "P3", "P5", false },
        // Can form: every route is open.
        { "membership=displaced legalEnvironment=can-form", "P5", "-", false },
        { "membership=mixed legalEnvironment=can-form", "P6", "-", false },
        { "membership=mixed legalEnvironment=can-form needs=social-cohesion", "P6", "-", false },
        // Needs move the ranking: the membership answer does not outweigh them all.
        { "membership=displaced legalEnvironment=can-form needs=skills", "P4", "-", false },
        { "membership=host needs=livelihoods", "P2", "-", false },
        { "membership=host legalEnvironment=can-form needs=goods-services", "P1", "-", false },
        { "membership=host legalEnvironment=can-form needs=skills", "P4", "-", false },
        // An international agency starting something new supports local cooperatives; it does not found them.
        { "membership=displaced legalEnvironment=can-form stage=new role=international", "P1", "-", false },
        { "membership=mixed legalEnvironment=can-form stage=new role=international", "P3", "-", false },
        { "membership=host stage=new role=international", "P1", "-", false },
        { "membership=displaced legalEnvironment=can-form stage=new role=international needs=women", "P1", "-", false },
        // Existing cooperatives: P3/P1/P2 and coaching, not training founders.
        { "membership=mixed stage=existing role=federation", "P3", "-", false },
        { "membership=mixed legalEnvironment=can-form stage=existing role=federation", "P3", "-", false },
        { "membership=host legalEnvironment=can-form stage=existing", "P3", "-", false },
        { "membership=displaced legalEnvironment=can-join stage=existing role=federation needs=skills", "P3", "P5", false },
        // Returnees: P7 first, and a cooperative of their own is never out of reach at home.
        { "membership=returnee", "P7", "-", false },
        { "membership=returnee legalEnvironment=can-join", "P7", "-", false },
        { "membership=returnee legalEnvironment=informal-only", "P7", "-", true },
        { "membership=returnee legalEnvironment=unknown stage=new role=international needs=goods-services", "P7", "-", false },
        { "membership=returnee legalEnvironment=can-form stage=new role=federation needs=livelihoods phase=emergency", "P7", "-", false },
        // The crisis phase: emergency favours P1, protracted ownership (where the law allows it).
        { "membership=displaced legalEnvironment=can-form stage=new role=ngo phase=emergency", "P1", "-", false },
        { "membership=displaced legalEnvironment=can-form stage=new role=ngo phase=protracted", "P5", "-", false },
        { "membership=mixed legalEnvironment=can-form phase=recovery", "P6", "-", false },
        { "membership=mixed legalEnvironment=can-form phase=emergency", "P1", "-", false },
        { "membership=mixed legalEnvironment=can-form phase=protracted", "P6", "-", false },
        { "membership=host legalEnvironment=can-join phase=protracted", "P3", "P5", false },
        { "membership=displaced legalEnvironment=informal-only phase=protracted", "P1", "P3 P5", true },
        { "membership=displaced legalEnvironment=unknown phase=protracted", "P1", "-", true },
        { "membership=returnee phase=recovery", "P7", "-", false },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void TheRightPathwayLeadsInEachContext(string answers, string first, string ruledOut, bool informalGroups)
    {
        var guidance = RecommendationEngine.Recommend(Knowledge, Context(answers));

        Assert.Equal(first, guidance.Pathways[0].Id);
        Assert.Equal(ruledOut == "-" ? [] : ruledOut.Split(' '), guidance.RuledOut.Select(p => p.Id));
        Assert.Equal(informalGroups, guidance.Forms.Any(form => form.Id == "form.informal-groups"));
        Assert.All(guidance.Pathways.Take(RecommendationEngine.ShownTogether), p => Assert.False(string.IsNullOrWhiteSpace(p.Why)));
        var shownWhys = guidance.Pathways.Take(RecommendationEngine.ShownTogether).Select(p => p.Why).ToList();
        Assert.Equal(shownWhys.Count, shownWhys.Distinct().Count());
    }

    [Theory]
    [InlineData("membership=displaced")]
    [InlineData("membership=mixed")]
    [InlineData("membership=host")]
    [InlineData("membership=displaced stage=new")]
    [InlineData("membership=mixed needs=women stage=new")]
    public void NoPathwayWhoseMembersCannotLegallyBeMembersLeads(string answers)
    {
        foreach (var law in Slots.Find(Slots.LegalEnvironment)!.Values)
        {
            var guidance = RecommendationEngine.Recommend(Knowledge, Context(answers + " legalEnvironment=" + law));
            string[] cannotLead = law switch
            {
                "can-join" => ["P5"],
                "informal-only" => ["P3", "P4", "P5", "P6"],
                "unknown" => ["P3", "P5"],
                _ => [],
            };
            Assert.DoesNotContain(guidance.Pathways[0].Id, cannotLead);
        }
    }

    [Fact]
    public void UnknownLawSaysToCheckTheLawAndOffersTheLegalInsights()
    {
        var guidance = RecommendationEngine.Recommend(Knowledge, Context("membership=displaced legalEnvironment=unknown"));

        Assert.Contains("action.check-law", guidance.NextSteps.Select(s => s.Id));
        Assert.Contains("legal.silent-law", guidance.Insights.Select(i => i.Id));
        Assert.DoesNotContain(guidance.Pathways.Take(RecommendationEngine.ShownTogether), p => p.Id == "P5");
    }

    [Fact]
    public void InformalOnlyRecommendsInformalGroupsWithLessonL4AndTheRouteToRecognition()
    {
        var guidance = RecommendationEngine.Recommend(Knowledge, Context("membership=mixed legalEnvironment=informal-only"));

        var form = Assert.Single(guidance.Forms);
        Assert.Equal("form.informal-groups", form.Id);
        Assert.Contains("only form informal groups", form.Reasons[0].Text, StringComparison.Ordinal);
        Assert.NotEmpty(form.Sources);
        Assert.Contains("lesson.L4", guidance.Insights.Select(i => i.Id));
        Assert.Contains("action.route-to-recognition", guidance.NextSteps.Select(s => s.Id));
        Assert.NotEqual("P6", guidance.Pathways[0].Id);
    }

    [Fact]
    public void ReturneesAreToldAboutTheLawAtHomeNotAboutDisplacedPeoplesRights()
    {
        var question = Knowledge.Questions.Get(Slots.LegalEnvironment);
        var context = Context("membership=returnee legalEnvironment=can-join");

        var framed = question.In(context);
        var guidance = RecommendationEngine.Recommend(Knowledge, context);

        Assert.NotEqual(question.Prompt, framed.Prompt);
        Assert.DoesNotContain("displaced people", framed.Prompt, StringComparison.OrdinalIgnoreCase);
        Assert.Same(question, question.In(Context("membership=displaced")));
        var texts = guidance.Pathways.SelectMany(p => p.Reasons).Concat(guidance.SharedReasons).Select(r => r.Text)
            .Concat(guidance.Pathways.Select(p => p.Why!)).ToList();
        Assert.DoesNotContain(texts, text => text.Contains("displaced people can", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.Contains("returnees can join existing cooperatives at home", StringComparison.Ordinal));
        Assert.Empty(guidance.RuledOut);
        Assert.Contains("action.check-home-registration", guidance.NextSteps.Select(s => s.Id));
    }

    [Theory]
    [InlineData("membership=displaced displacement=internal", true)]
    [InlineData("membership=mixed legalEnvironment=unknown displacement=internal", true)]
    [InlineData("membership=displaced displacement=cross-border", false)]
    [InlineData("membership=displaced", false)]
    public void InternallyDisplacedPeopleGetTheCaveatThatTheyAreCitizens(string answers, bool caveat)
    {
        var guidance = RecommendationEngine.Recommend(Knowledge, Context(answers));

        Assert.Equal(caveat, guidance.Pitfalls.Any(p => p.Id == "pitfall.idp-different-law"));
        Assert.DoesNotContain(guidance.Sharpen, missing => missing.Slot == Slots.Displacement);
    }

    [Fact]
    public void AnEmergencyWarnsAgainstFoundingCooperativesUnderPressure()
    {
        var guidance = RecommendationEngine.Recommend(Knowledge, Context("membership=displaced legalEnvironment=can-form phase=emergency"));

        Assert.Contains("pitfall.founding-under-pressure", guidance.Pitfalls.Select(p => p.Id));
        Assert.Contains("advice.emergency-existing", guidance.Advice.Select(a => a.Id));
        Assert.Equal("P1", guidance.Pathways[0].Id);
        Assert.Contains("emergency", guidance.Pathways[0].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void EachShownPathwaySaysWhyItFitsAndSharedReasonsAreSaidOnce()
    {
        // The bench flow: three pathways shown, all raised by the mixed membership.
        var guidance = RecommendationEngine.Recommend(Knowledge, Context("membership=mixed legalEnvironment=can-join stage=new needs=livelihoods role=ngo"));

        var shown = guidance.Pathways.Take(RecommendationEngine.ShownTogether).ToList();
        Assert.Equal(["P3", "P6", "P2"], shown.Select(p => p.Id));
        Assert.Contains("only join existing cooperatives", shown[0].Why, StringComparison.Ordinal);
        Assert.Contains("founding one cooperative together", shown[1].Why, StringComparison.Ordinal);
        Assert.Contains("jobs and income are a need", shown[2].Why, StringComparison.Ordinal);
        var shared = Assert.Single(guidance.SharedReasons);
        Assert.Equal("membership-mixed", shared.Rule);
        Assert.All(shown, p => Assert.DoesNotContain(p.Reasons, r => r.Rule == shared.Rule));
        Assert.All(shown, p => Assert.Equal(p.Reasons.Count, p.Reasons.Select(r => r.Rule).Distinct().Count()));
    }

    [Fact]
    public void WhatIfStillSeesSharedReasonsAsReasonsOfEachShownPathway()
    {
        var before = Context("membership=mixed legalEnvironment=can-join stage=new needs=livelihoods role=ngo");
        var comparison = RecommendationEngine.WhatIf(Knowledge, before, before with { Membership = "host" });

        var p3 = comparison.Pathways.Single(p => p.Id == "P3");
        Assert.Contains(p3.ReasonsRemoved, r => r.Rule == "membership-mixed");
        Assert.Contains(p3.ReasonsAdded, r => r.Rule == "membership-host");
        Assert.DoesNotContain(p3.ReasonsRemoved, r => r.Rule == "legal-can-join");
    }

    private static GuidanceContext Context(string answers)
    {
        var context = GuidanceContext.Empty;
        foreach (var pair in answers.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (slot, values) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..].Split(','));
            Assert.True(values.All(value => Slots.IsValue(slot, value)), pair);
            context = context.With(slot, values);
        }

        return context;
    }
}
