using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace GuidanceBot.Tests.Knowledge;

/// <summary>
/// The shipped content is honest about where each statement comes from: our reading is tagged as ours, examples
/// never pass for the study's case studies, and no source is a document mirror or a staging site.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed class ProvenanceTests
{
    private static readonly string[] DerivedKinds = [ItemKinds.Pitfall, ItemKinds.Advice, ItemKinds.Action];

    private static KnowledgeBase Knowledge => ShippedContent.KnowledgeBase;

    private static IEnumerable<KnowledgeItem> AllItems =>
        ItemKinds.All.SelectMany(kind => Knowledge.OfKind(kind));

    [Fact]
    public void EveryPitfallAdviceAndActionIsOurReadingBasedOnStudyItems()
    {
        var derived = DerivedKinds.SelectMany(kind => Knowledge.OfKind(kind)).ToList();

        Assert.True(derived.Count >= 30, $"expected the shipped pitfalls, advice and actions, found {derived.Count}");
        Assert.All(derived, item =>
        {
            Assert.NotEmpty(item.BasedOn);
            Assert.Contains(item.Sources, source => source.Evidence is EvidenceTags.Based or EvidenceTags.Authored);
            Assert.DoesNotContain(item.Sources, source => source.Evidence is EvidenceTags.Report or EvidenceTags.Slides);
        });
    }

    [Fact]
    public void ABasedOnTheStudySourceCitesOnlySectionsOfItsStudyItems()
    {
        foreach (var item in AllItems)
        {
            foreach (var source in item.Sources.Where(source => source.Evidence == EvidenceTags.Based))
            {
                var studySections = item.BasedOn.Select(Knowledge.Get).SelectMany(basis => basis.Sources)
                    .Where(basis => basis.Evidence is EvidenceTags.Report or EvidenceTags.Slides)
                    .SelectMany(basis => basis.Section!.Split(';', StringSplitOptions.TrimEntries))
                    .ToHashSet(StringComparer.Ordinal);
                Assert.All(source.Section!.Split(';', StringSplitOptions.TrimEntries), section => Assert.Contains(section, studySections));
            }
        }
    }

    [Fact]
    public void NoExampleCitesTheStudyAndEachMarksItsPathwayAsOurReading()
    {
        Assert.All(Knowledge.OfKind(ItemKinds.Example), example =>
        {
            Assert.DoesNotContain(example.Sources, source => source.Evidence is EvidenceTags.Report or EvidenceTags.Slides or EvidenceTags.Based);
            Assert.Contains(example.Sources, source => source.Evidence == EvidenceTags.Authored);
            Assert.Contains(example.Sources, source => source.Url is not null);
        });
    }

    [Fact]
    public void NoShippedItemCitesAnUntrustedHost()
    {
        var untrusted = UntrustedHosts();
        foreach (var host in new[] { "fdocuments.in", "fdocuments.us", "cupdf.com", "vdocument.in", "slideplayer.com", "gailabs.com", "menafn.com" })
        {
            Assert.Contains(host, untrusted);
        }

        var cited = AllItems.SelectMany(item => item.Sources.Select(source => (item.Id, source.Url))).Where(entry => entry.Url is not null);
        Assert.All(cited, entry =>
        {
            var host = new Uri(entry.Url!).Host.TrimEnd('.');
            Assert.DoesNotContain(untrusted, listed => host == listed || host.EndsWith("." + listed, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void TheNamedOverstatementsAreGone()
    {
        Assert.DoesNotContain("permit", Knowledge.Get("P2").Details + Knowledge.Get("P3").Details, StringComparison.OrdinalIgnoreCase);
        Assert.False(Knowledge.TryGet("example.C1", out _), "example.C1 is enabling-environment support, not a pathway example; its facts live in legal.jordan");
        Assert.DoesNotContain("state control", Knowledge.Get("challenge.C2").Summary, StringComparison.OrdinalIgnoreCase);

        var groups = SynonymGroups();
        var sacco = Assert.Single(groups, group => group.Contains("sacco"));
        Assert.DoesNotContain("savings group", sacco);
        Assert.Contains("savings group", Assert.Single(groups, group => group.Contains("self-help group")));
    }

    private static HashSet<string> UntrustedHosts() =>
        Root("study/sources.yml").Children[new YamlScalarNode("untrustedHosts")] is YamlSequenceNode hosts
            ? [.. hosts.Children.Cast<YamlScalarNode>().Select(host => host.Value!)]
            : [];

    private static List<List<string>> SynonymGroups() =>
        [.. ((YamlSequenceNode)Root("search/synonyms.yml").Children[new YamlScalarNode("synonyms")]).Children
            .Cast<YamlSequenceNode>()
            .Select(group => group.Children.Cast<YamlScalarNode>().Select(word => word.Value!).ToList())];

    private static YamlMappingNode Root(string relativePath)
    {
        using var reader = File.OpenText(System.IO.Path.Combine(ShippedContent.Path, relativePath));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
