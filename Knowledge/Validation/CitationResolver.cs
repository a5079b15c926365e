using GuidanceBot.Knowledge.Loading;
using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Knowledge.Validation;

/// <summary>
/// Turns each item's written sources into citations: the document must exist, the evidence tag must be known, a
/// statement from outside the study must give its url, and only the study's own documents may carry R or S.
/// </summary>
public static class CitationResolver
{
    /// <summary>The first item of each id, with its sources resolved; problems go to <paramref name="report"/>.</summary>
    public static List<KnowledgeItem> ResolveSources(
        ContentSet content, Dictionary<string, KnowledgeItem> items, Dictionary<string, SourceDocument> documents, ValidationReport report)
    {
        var citations = content.RawCitations.ToLookup(entry => entry.Owner, entry => entry.Citation, ReferenceEqualityComparer.Instance);
        var resolved = new List<KnowledgeItem>();
        foreach (var item in content.Items.Where(item => ReferenceEquals(items[item.Id], item)))
        {
            var sources = new List<Citation>();
            foreach (var raw in citations[item])
            {
                var citation = Resolve(item, raw, documents, report);
                if (citation is not null)
                {
                    sources.Add(citation);
                }
            }

            resolved.Add(item with { Sources = sources });
        }

        return resolved;
    }

    private static Citation? Resolve(KnowledgeItem item, RawCitation raw, Dictionary<string, SourceDocument> documents, ValidationReport report)
    {
        SourceDocument? document = null;
        if (raw.Document is not null && !documents.TryGetValue(raw.Document, out document))
        {
            var hint = Spelling.Closest(raw.Document, documents.Keys);
            report.Error(raw.Location, $"a source of item '{item.Id}' names an unknown document '{raw.Document}'" + (hint is null ? $"; documents are listed in study/sources.yml ({string.Join(", ", documents.Keys)})." : $"; did you mean '{hint}'?"));
            return null;
        }

        if (raw.Document is null && raw.Url is null)
        {
            report.Error(raw.Location, $"a source of item '{item.Id}' names neither a document (doc:) nor a web page (url:).");
            return null;
        }

        var evidence = raw.Evidence ?? document?.Evidence;
        if (evidence is null)
        {
            report.Error(raw.Location, $"a source of item '{item.Id}' has no evidence tag; add evidence: {string.Join(", ", EvidenceTags.All)}.");
            return null;
        }

        if (!EvidenceTags.All.Contains(evidence))
        {
            report.Error(raw.Location, $"a source of item '{item.Id}' has an unknown evidence tag '{evidence}'; use one of: {string.Join(", ", EvidenceTags.All)}.");
            return null;
        }

        var url = raw.Url ?? document?.Url;
        if (EvidenceTags.NeedsUrl(evidence) && url is null)
        {
            report.Error(raw.Location, $"a source of item '{item.Id}' is tagged {evidence} (not from the study), so it needs the url it comes from.");
            return null;
        }

        if (evidence is EvidenceTags.Report or EvidenceTags.Slides && document?.Evidence != evidence)
        {
            report.Error(raw.Location, $"a source of item '{item.Id}' is tagged {evidence}, which only a document of the study tagged {evidence} can carry (see study/sources.yml).");
            return null;
        }

        if (raw.Document is not null && raw.Section is null)
        {
            report.Error(raw.Location, $"a source of item '{item.Id}' cites document '{raw.Document}' without a section; add section: (the heading or slide title).");
            return null;
        }

        return new Citation(raw.Document, document?.Title, raw.Section, url, evidence);
    }
}
