using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Knowledge.Validation;

/// <summary>
/// Turns each item's written sources into citations: the document must exist, the evidence tag must be known, a
/// statement from outside the study must give its url (from a trusted host), only the study's own documents may
/// carry R or S, and a B ("based on the study") source takes its sections from the study items in basedOn.
/// </summary>
public static class CitationResolver
{
    /// <summary>The first item of each id, with its sources resolved; problems go to <paramref name="report"/>.</summary>
    public static List<KnowledgeItem> ResolveSources(
        ContentSet content, Dictionary<string, KnowledgeItem> items, Dictionary<string, SourceDocument> documents, ValidationReport report)
    {
        var untrusted = new UntrustedHosts(content, report);
        foreach (var document in documents.Values.Where(document => untrusted.Names(document.Url) is not null))
        {
            report.Error(document.Location, $"document '{document.Id}' is hosted on {untrusted.Names(document.Url)}, which is listed under untrustedHosts (not a credible or stable source); cite the original publisher instead.");
        }

        var citations = content.RawCitations.ToLookup(entry => entry.Owner, entry => entry.Citation, ReferenceEqualityComparer.Instance);
        var direct = new Dictionary<string, KnowledgeItem>(StringComparer.Ordinal);
        foreach (var item in content.Items.Where(item => ReferenceEquals(items[item.Id], item)))
        {
            var sources = citations[item]
                .Where(raw => raw.Evidence != EvidenceTags.Based)
                .Select(raw => Resolve(item, raw, documents, untrusted, report))
                .OfType<Citation>();
            direct[item.Id] = item with { Sources = [.. sources] };
        }

        // Second pass: a B source cites the study sections its basedOn items are stated in, known only now.
        var resolved = new List<KnowledgeItem>(direct.Count);
        foreach (var item in content.Items.Where(item => ReferenceEquals(items[item.Id], item)).Select(item => direct[item.Id]))
        {
            var based = citations[items[item.Id]]
                .Where(raw => raw.Evidence == EvidenceTags.Based)
                .Select(raw => ResolveBased(item, raw, direct, report))
                .OfType<Citation>();
            resolved.Add(item with { Sources = [.. based, .. item.Sources] });
        }

        return resolved;
    }

    private static Citation? Resolve(
        KnowledgeItem item, RawCitation raw, Dictionary<string, SourceDocument> documents, UntrustedHosts untrusted, ValidationReport report)
    {
        SourceDocument? document = null;
        if (raw.Document is not null && !documents.TryGetValue(raw.Document, out document))
        {
            var hint = Spelling.Closest(raw.Document, documents.Keys);
            report.Error(raw.Location, $"a source of item '{item.Id}' names an unknown document '{raw.Document}'" + (hint is null ? $"; documents are listed in study/sources.yml ({string.Join(", ", documents.Keys)})." : $"; did you mean '{hint}'?"));
            return null;
        }

        var evidence = raw.Evidence ?? document?.Evidence;
        if (raw.Document is null && raw.Url is null && (evidence is null || !EvidenceTags.StandsAlone(evidence)))
        {
            report.Error(raw.Location, $"a source of item '{item.Id}' names neither a document (doc:) nor a web page (url:).");
            return null;
        }

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

        if (raw.Url is not null && untrusted.Names(raw.Url) is { } host)
        {
            report.Error(raw.Location, $"a source of item '{item.Id}' cites {host}, which is listed under untrustedHosts (a document-sharing mirror or a staging site is not a credible or stable source); cite the original publisher or drop the statement.");
            return null;
        }

        if (EvidenceTags.IsStudysOwn(evidence) && document?.Evidence != evidence)
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

    /// <summary>A B source: "based on the study", citing the sections in which its basedOn items are stated (R or S).</summary>
    private static Citation? ResolveBased(KnowledgeItem item, RawCitation raw, Dictionary<string, KnowledgeItem> items, ValidationReport report)
    {
        if (raw.Document is not null || raw.Url is not null || raw.Section is not null)
        {
            report.Error(raw.Location, $"a source of item '{item.Id}' is tagged B (based on the study), so it takes no doc, section or url: its sections are those of the study items named in basedOn.");
            return null;
        }

        var sections = item.BasedOn
            .Select(id => items.GetValueOrDefault(id))
            .OfType<KnowledgeItem>()
            .SelectMany(basis => basis.Sources)
            .Where(source => EvidenceTags.IsStudysOwn(source.Evidence))
            .SelectMany(source => source.Section!.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (sections.Count == 0)
        {
            report.Error(raw.Location, $"a source of item '{item.Id}' is tagged B (based on the study), but none of its basedOn items is stated in the study (R or S); name the study items it rests on in basedOn, or tag it AUTH.");
            return null;
        }

        return new Citation(null, null, string.Join("; ", sections), null, EvidenceTags.Based);
    }
}
