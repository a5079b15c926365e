using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>How a source reads on a card: the document and section (or the web address), and what kind of evidence it is.</summary>
public static class Citations
{
    public static string Describe(Citation citation, ResponseCatalog responses)
    {
        var where = citation.DocumentTitle is not null
            ? citation.Section is { Length: > 0 } section ? $"{citation.DocumentTitle}, {section}" : citation.DocumentTitle
            : citation.Url ?? citation.Document ?? "";
        var evidenceKey = ResponseKeys.EvidencePrefix + citation.Evidence;
        return responses.Contains(evidenceKey) ? $"{where} ({responses.Get(evidenceKey)})" : where;
    }

    public static string Describe(IEnumerable<Citation> citations, ResponseCatalog responses) =>
        string.Join("; ", citations.Select(citation => Describe(citation, responses)).Distinct(StringComparer.Ordinal));
}
