using GuidanceBot.Knowledge.Recommendations;

namespace GuidanceBot.Knowledge.Answers;

/// <summary>
/// The answer to a free question, the same for the chat and <c>GET /api/knowledge/answer</c>: a short direct answer
/// (2-4 sentences with [n] markers) composed from the items in <see cref="Basis"/>, the legal notes of a country the
/// question names (each with its as-of date and the caution to check locally), at most three related items, and the
/// sources as numbered citations, each once. An empty <see cref="Basis"/> means nothing in the study answers it.
/// </summary>
public sealed record ComposedAnswer(
    string Query,
    string Locale,
    string? QuestionKind,
    string Answer,
    IReadOnlyList<string> Basis,
    IReadOnlyList<AnswerCitation> Citations,
    IReadOnlyList<RelatedItem> Related,
    string? Country,
    IReadOnlyList<GuidanceEntry> LegalNotes)
{
    public bool Found => Basis.Count > 0;
}
