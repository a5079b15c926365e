using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Answers;
using GuidanceBot.Knowledge.Recommendations;

namespace GuidanceBot.Bot.Api;

/// <summary>
/// The body of <c>GET /api/knowledge/answer</c>: the composed answer (with [n] markers), its numbered citations, at
/// most three related items, the items it rests on, the named country's legal notes, and <see cref="Text"/>, the
/// whole answer exactly as the chat shows it (Markdown).
/// </summary>
public sealed record AnswerResponse(
    string Query,
    string Locale,
    string Answer,
    IReadOnlyList<AnswerResponseCitation> Citations,
    IReadOnlyList<RelatedItem> Related,
    IReadOnlyList<string> Basis,
    string? QuestionKind,
    string? Country,
    IReadOnlyList<GuidanceEntry> LegalNotes,
    string Text)
{
    public static AnswerResponse From(KnowledgeBase knowledge, ComposedAnswer answer)
    {
        var country = answer.Country is null ? null : knowledge.Countries.Get(answer.Country);
        return new AnswerResponse(
            answer.Query,
            answer.Locale,
            answer.Answer,
            [.. answer.Citations.Select(citation => new AnswerResponseCitation(
                citation.Number,
                GuidanceBot.Dialogs.Cards.Citations.Describe(citation.Source, knowledge.Responses),
                citation.Source.Document,
                citation.Source.Section,
                citation.Source.Url,
                citation.Source.Evidence))],
            answer.Related,
            answer.Basis,
            answer.QuestionKind,
            answer.Country,
            answer.LegalNotes,
            AnswerText.Build(knowledge.Responses, answer, country?.Name));
    }
}
