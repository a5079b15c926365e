using GuidanceBot.Knowledge.Answers;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>
/// How a composed answer reads in the chat (Markdown, which Web Chat and Teams both render): the direct answer, the
/// named country's legal note with its date and the caution to check locally, at most three related items one line
/// each, then the sources as compact numbered citations. The same composition <c>GET /api/knowledge/answer</c> returns.
/// </summary>
public static class AnswerText
{
    public static string Build(ResponseCatalog responses, ComposedAnswer answer, string? countryName)
    {
        var parts = new List<string> { answer.Answer };
        foreach (var note in answer.LegalNotes.Where(note => !answer.Basis.Contains(note.Id)))
        {
            var asOf = note.AsOf is null ? "" : responses.Get("legal.asOf", new Dictionary<string, string> { ["asOf"] = note.AsOf });
            var line = responses.Get(AnswerResponseKeys.LegalNote, new Dictionary<string, string>
            {
                ["country"] = countryName ?? note.Title,
                ["asOf"] = asOf,
                ["summary"] = note.Summary,
            });
            parts.Add($"{line} {Markers(answer, note.Sources)} _{note.Caution}_".Replace("  ", " ", StringComparison.Ordinal));
        }

        if (answer.Related.Count > 0)
        {
            var lines = answer.Related.Select(related => "- " + responses.Get(AnswerResponseKeys.RelatedLine, new Dictionary<string, string>
            {
                ["title"] = related.Title,
                ["summary"] = related.Summary,
            }));
            parts.Add(responses.Get(AnswerResponseKeys.Related) + "\n" + string.Join("\n", lines));
        }

        if (answer.Citations.Count > 0)
        {
            parts.Add("_" + responses.Get(AnswerResponseKeys.Sources) + " " + string.Join(" · ", answer.Citations.Select(citation => $"[{citation.Number}] {Citations.Describe(citation.Source, responses)}")) + "_");
        }

        return string.Join("\n\n", parts);
    }

    private static string Markers(ComposedAnswer answer, IReadOnlyList<Knowledge.Model.Citation> sources) =>
        string.Concat(answer.Citations.Where(citation => sources.Contains(citation.Source)).Select(citation => $"[{citation.Number}]"));
}
