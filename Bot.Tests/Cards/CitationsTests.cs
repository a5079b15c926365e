using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Tests.Knowledge;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Cards;

/// <summary>How sources read on cards and in answers: our reading of the study never reads as the study's own word.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class CitationsTests
{
    private static readonly GuidanceBot.Knowledge.KnowledgeBase Knowledge = ShippedContent.KnowledgeBase;

    [Fact]
    public void APitfallReadsAsBasedOnTheStudyWithTheSectionsItRestsOn()
    {
        var text = Citations.Describe(Knowledge.Get("pitfall.weak-governance").Sources, Knowledge.Responses);

        Assert.Equal("based on the study: Summary of lessons learned; Operational insights", text);
    }

    [Theory]
    [InlineData("pitfall.unequal-power")]
    [InlineData("advice.international.listen")]
    [InlineData("action.check-law")]
    public void DerivedItemsNeverReadAsStatedInTheStudy(string id)
    {
        var text = Citations.Describe(Knowledge.Get(id).Sources, Knowledge.Responses);

        Assert.StartsWith("based on the study: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("stated in the study", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AStudyItemReadsAsStatedInTheStudyWithItsDocumentAndSection()
    {
        var text = Citations.Describe(Knowledge.Get("lesson.L4").Sources, Knowledge.Responses);

        Assert.EndsWith(", Summary of lessons learned (stated in the study)", text, StringComparison.Ordinal);
        Assert.StartsWith("ILO (2020), Mapping responses", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OurOwnReadingReadsAsSuchAndEachSourceOnce()
    {
        var own = new Citation(null, null, null, null, EvidenceTags.Authored);
        var web = new Citation(null, null, null, "https://example.org/a", EvidenceTags.External);

        var text = Citations.Describe([own, web, own], Knowledge.Responses);

        Assert.Equal("this knowledge base's own reading; https://example.org/a (related context; not from the study)", text);
    }
}
