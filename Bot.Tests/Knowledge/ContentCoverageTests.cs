using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Responses;
using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Knowledge;

/// <summary>Every item the issue requires is in the shipped content, complete and sourced; the list below is the checklist.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class ContentCoverageTests
{
    public static TheoryData<string, string> RequiredItems => new()
    {
        // Definitions: cooperative, SSE, SSEO and every SSEO form.
        { "definition.cooperative", "definition" }, { "definition.sse", "definition" }, { "definition.sseo", "definition" },
        { "definition.mutual", "definition" }, { "definition.association", "definition" }, { "definition.foundation", "definition" },
        { "definition.social-enterprise", "definition" }, { "definition.self-help-group", "definition" },

        // Context figures from the study, each with a year.
        { "figure.displaced-2018", "figure" }, { "figure.protracted", "figure" }, { "figure.fcas-origin", "figure" },
        { "figure.least-developed-hosts", "figure" }, { "figure.returned", "figure" }, { "figure.exile-five-years", "figure" },

        // The four cooperative types, four membership structures, seven pathways.
        { "type.consumer", "cooperative-type" }, { "type.worker", "cooperative-type" }, { "type.producer", "cooperative-type" }, { "type.multi-stakeholder", "cooperative-type" },
        { "membership.host", "membership-structure" }, { "membership.displaced", "membership-structure" }, { "membership.mixed", "membership-structure" }, { "membership.returnee", "membership-structure" },
        { "P1", "pathway" }, { "P2", "pathway" }, { "P3", "pathway" }, { "P4", "pathway" }, { "P5", "pathway" }, { "P6", "pathway" }, { "P7", "pathway" },

        // Roles: each practical/economic and each social/peacebuilding role; the wider SSEO benefits.
        { "role.E1", "role" }, { "role.E2", "role" }, { "role.E3", "role" }, { "role.E4", "role" }, { "role.E5", "role" },
        { "role.S1", "role" }, { "role.S2", "role" }, { "role.S3", "role" }, { "role.S4", "role" }, { "role.S5", "role" }, { "role.S6", "role" }, { "role.S7", "role" },
        { "benefit.social-cohesion", "benefit" }, { "benefit.social-protection", "benefit" }, { "benefit.participation", "benefit" }, { "benefit.informal-forms", "benefit" },

        // Key characteristics; the three operational priorities and the intermediary ecosystem; international organisations.
        { "characteristic.K1", "characteristic" }, { "characteristic.K2", "characteristic" }, { "characteristic.K3", "characteristic" },
        { "characteristic.K4", "characteristic" }, { "characteristic.K5", "characteristic" }, { "characteristic.K6", "characteristic" },
        { "operational.O1", "operational-priority" }, { "operational.O2", "operational-priority" }, { "operational.O3", "operational-priority" },
        { "insight.intermediary-ecosystem", "insight" }, { "insight.catalytic-support", "insight" },
        { "international.principle", "international-role" }, { "international.A1", "international-role" }, { "international.A2", "international-role" },
        { "international.A3", "international-role" }, { "international.A4", "international-role" }, { "pitfall.outside-driven", "pitfall" },

        // Every challenge, the six lessons, the three next steps, the slides' points.
        { "challenge.C1", "challenge" }, { "challenge.C2", "challenge" }, { "challenge.C3", "challenge" }, { "challenge.C4", "challenge" },
        { "lesson.L1", "lesson" }, { "lesson.L2", "lesson" }, { "lesson.L3", "lesson" }, { "lesson.L4", "lesson" }, { "lesson.L5", "lesson" }, { "lesson.L6", "lesson" },
        { "next-step.N1", "next-step" }, { "next-step.N2", "next-step" }, { "next-step.N3", "next-step" },
        { "slide.structure-matters", "slide-point" }, { "slide.development-partners", "slide-point" },

        // The examples of facts.md §6 and the legal-environment notes of §7.
        { "example.A1", "example" }, { "example.A2", "example" }, { "example.A3", "example" }, { "example.A4", "example" }, { "example.A5", "example" },
        { "example.B1", "example" }, { "example.B2", "example" }, { "example.B3", "example" }, { "example.B4", "example" },
        { "example.B5", "example" }, { "example.B6", "example" }, { "example.B7", "example" }, { "example.B8", "example" },
        { "example.C3", "example" }, { "example.C4", "example" },
        { "legal.study-view", "legal-note" }, { "legal.r193", "legal-note" }, { "legal.silent-law", "legal-note" }, { "legal.turkey", "legal-note" },
        { "legal.jordan", "legal-note" }, { "legal.uganda", "legal-note" }, { "legal.ethiopia", "legal-note" }, { "legal.kenya", "legal-note" },
        { "legal.europe-funding", "legal-note" },
    };

    private static KnowledgeBase Knowledge => ShippedContent.KnowledgeBase;

    [Theory]
    [MemberData(nameof(RequiredItems))]
    public void TheRequiredItemIsPresentCompleteAndSourced(string id, string kind)
    {
        Assert.True(Knowledge.TryGet(id, out var item), $"Required item '{id}' is missing from the content.");
        Assert.Equal(kind, item.Kind);
        Assert.False(string.IsNullOrWhiteSpace(item.Title));
        Assert.False(string.IsNullOrWhiteSpace(item.Summary));
        Assert.False(string.IsNullOrWhiteSpace(item.Details));
        Assert.NotEmpty(item.Tags);
        Assert.NotEmpty(item.Sources);
        if (kind == ItemKinds.Figure)
        {
            Assert.NotNull(item.Year);
            Assert.Contains(item.Sources, source => source.Evidence is EvidenceTags.Report or EvidenceTags.Slides);
        }

        if (kind == ItemKinds.LegalNote)
        {
            Assert.False(string.IsNullOrWhiteSpace(item.AsOf));
        }
    }

    [Fact]
    public void ExamplesCarryTheirEvidenceTagAndUrlAndNeverClaimTheStudy()
    {
        foreach (var example in Knowledge.OfKind(ItemKinds.Example))
        {
            Assert.All(example.Sources, source => Assert.Contains(source.Evidence, new[] { EvidenceTags.Dissemination, EvidenceTags.External, EvidenceTags.Authored }));
            Assert.Contains(example.Sources, source => source.Url is not null);
            Assert.NotEmpty(example.Pathways);
        }

        foreach (var id in new[] { "example.A1", "example.A2", "example.A3", "example.A4", "example.A5" })
        {
            Assert.Contains(Knowledge.Get(id).Sources, source => source.Evidence == EvidenceTags.Dissemination);
        }
    }

    [Fact]
    public void LegalNotesComeWithTheCautionToCheckTheLawLocally()
    {
        Assert.Contains("check", Knowledge.Responses.Get(ResponseKeys.LegalCheckLocally), StringComparison.OrdinalIgnoreCase);
        Assert.All(Knowledge.OfKind(ItemKinds.LegalNote), note => Assert.NotNull(note.AsOf));
    }

    [Fact]
    public void EverySlotHasAQuestionWithHelpAndEveryValueAnOptionWithSynonyms()
    {
        foreach (var slot in Slots.All)
        {
            var question = Knowledge.Questions.Get(slot.Id);
            Assert.False(string.IsNullOrWhiteSpace(question.Prompt));
            Assert.False(string.IsNullOrWhiteSpace(question.Help));
            Assert.Equal(slot.Multiple, question.Multiple);
            Assert.Equal(slot.Optional, question.Optional);
            foreach (var value in slot.Values)
            {
                var option = Knowledge.Questions.Option(slot.Id, value);
                Assert.False(string.IsNullOrWhiteSpace(option.Label));
                Assert.False(string.IsNullOrWhiteSpace(option.Answer));
                Assert.NotEmpty(option.Synonyms);
                Assert.Same(option, Knowledge.Questions.Match(slot.Id, option.Synonyms[0].ToUpperInvariant()));
            }
        }
    }

    [Fact]
    public void EverySentenceTheBotNeedsIsInTheResponses()
    {
        foreach (var key in ResponseKeys.Required)
        {
            Assert.False(string.IsNullOrWhiteSpace(Knowledge.Responses.Get(key)), key);
        }

        foreach (var key in new[] { "greeting.hello", "help.main", "help.commands", "question.retry", "fallback.notUnderstood", "error.turn", "error.contentUnavailable" })
        {
            Assert.True(Knowledge.Responses.Contains(key), key);
        }

        Assert.True(Knowledge.Responses.Variants("greeting.hello").Count > 1);
        Assert.Equal(ResponseKeys.RequiredCommands.OrderBy(c => c), Knowledge.Responses.Commands.Keys.OrderBy(c => c));
    }
}
