using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>
/// How a source reads on cards and in answers: the document and section (or the web address) and what kind of
/// evidence it is. Our reading of the study reads "based on the study: sections", never as the study's own word.
/// </summary>
public static class Citations
{
    public static string Describe(Citation citation, ResponseCatalog responses)
    {
        var evidenceKey = ResponseKeys.EvidencePrefix + citation.Evidence;
        var label = responses.Contains(evidenceKey) ? responses.Get(evidenceKey) : null;
        if (citation.Document is null && citation.Url is null)
        {
            // Our own reading names no document: the label leads, then the study sections a B reading rests on.
            var kind = label ?? citation.Evidence;
            return citation.Section is { Length: > 0 } sections ? $"{kind}: {sections}" : kind;
        }

        var where = citation.DocumentTitle is not null
            ? citation.Section is { Length: > 0 } section ? $"{citation.DocumentTitle}, {section}" : citation.DocumentTitle
            : citation.Url ?? citation.Document ?? "";
        return label is null ? where : $"{where} ({label})";
    }

    public static string Describe(IEnumerable<Citation> citations, ResponseCatalog responses) =>
        string.Join("; ", citations.Select(citation => Describe(citation, responses)).Distinct(StringComparer.Ordinal));
}
