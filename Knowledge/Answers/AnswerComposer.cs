using System.Text;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Responses;
using GuidanceBot.Knowledge.Search;
using GuidanceBot.Knowledge.Text;

namespace GuidanceBot.Knowledge.Answers;

/// <summary>
/// Composes the answer to a free question from the knowledge search: the best item (re-ranked towards the kinds
/// that answer this kind of question: advice and actions for "how do we…", definitions for "what is…", the named
/// country's legal notes for "can refugees… in Jordan?") gives the direct answer, a close second of a preferred
/// kind may add one sentence, the next items become one-line related entries, and every source is numbered once.
/// Pure and per call: it uses the snapshot's search index and country finder, built once per snapshot.
/// </summary>
public static class AnswerComposer
{
    public const int MaxRelated = 3;

    /// <summary>How many search hits are re-ranked; enough for the preferred kinds to surface.</summary>
    private const int Candidates = 12;

    /// <summary>How much a preferred kind's score is raised: enough to win a close call, not to beat a clear match.</summary>
    private const float PreferredBoost = 1.6f;

    /// <summary>How much an avoided kind's score is lowered (a definition rarely says how to do something).</summary>
    private const float AvoidedFactor = 0.5f;

    /// <summary>A second item of a preferred kind joins the answer when it scores at least this share of the best.</summary>
    private const float SecondShare = 0.6f;

    /// <summary>Any second item joins when it scores nearly as well as the best: the question is about both.</summary>
    private const float TieShare = 0.85f;

    /// <summary>The direct answer stays short: past this length no further sentence is added.</summary>
    public const int MaxAnswerLength = 700;

    private const int MaxLineLength = 160;

    public static ComposedAnswer Compose(KnowledgeBase knowledge, string question, string? locale, string? rememberedCountry = null)
    {
        var named = knowledge.Countries.Find(question);
        var kind = Kind(knowledge.Answers.QuestionKinds, question, named.Count > 0 || rememberedCountry is not null);
        var country = named.Count > 0
            ? named[0]
            : kind is { NeedsCountry: true } && rememberedCountry is not null ? knowledge.Countries.Get(rememberedCountry) : null;
        var legalNotes = CountryLegalNotes.For(knowledge, country);
        var results = knowledge.Search.Search(question, locale, Candidates);
        var ranked = Rerank(results.Hits, kind);

        // The items the answer rests on: the country's notes for a legal question about it, else the best hit and
        // perhaps a close second of a preferred kind.
        var basis = new List<(KnowledgeItem Item, string? Snippet)>();
        if (kind is { NeedsCountry: true } && legalNotes.Count > 0)
        {
            basis.AddRange(legalNotes.Select(note => (knowledge.Get(note.Id), (string?)null)));
        }
        else if (ranked.Count > 0)
        {
            basis.Add((knowledge.Get(ranked[0].Hit.Id), ranked[0].Hit.Snippet));
            var second = ranked.Count > 1 ? ranked[1] : default;
            if (second.Hit is not null
                && (second.Score >= TieShare * ranked[0].Score
                    || (kind is not null && kind.Prefer.Contains(second.Hit.Kind) && second.Score >= SecondShare * ranked[0].Score)))
            {
                basis.Add((knowledge.Get(ranked[1].Hit.Id), null));
            }
        }

        if (basis.Count == 0)
        {
            return new ComposedAnswer(question, results.Locale, kind?.Id, knowledge.Responses.Get("search.noResults"), [], [], [], country?.Id, legalNotes);
        }

        var citations = new List<AnswerCitation>();
        var answer = new StringBuilder();
        foreach (var (item, snippet) in basis)
        {
            var text = answer.Length == 0 ? Lead(item, snippet, knowledge.Responses) : FirstSentence(item.Summary);
            if (answer.Length > 0 && answer.Length + text.Length > MaxAnswerLength)
            {
                break;
            }

            answer.Append(answer.Length == 0 ? "" : " ").Append(text).Append(' ').Append(Markers(item.Sources, citations));
        }

        if (basis.Any(entry => entry.Item.Kind == ItemKinds.LegalNote))
        {
            answer.Append(' ').Append(knowledge.Responses.Get(ResponseKeys.LegalCheckLocally));
        }

        var used = basis.Select(entry => entry.Item.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var note in legalNotes.Where(note => !used.Contains(note.Id)))
        {
            Markers(note.Sources, citations);
        }

        var shown = used.Concat(legalNotes.Select(note => note.Id)).ToHashSet(StringComparer.Ordinal);
        var related = ranked
            .Where(entry => !shown.Contains(entry.Hit.Id))
            .Take(MaxRelated)
            .Select(entry => knowledge.Get(entry.Hit.Id))
            .Select(item => new RelatedItem(item.Id, item.Kind, item.Title, Shorten(FirstSentence(item.Summary))))
            .ToList();
        return new ComposedAnswer(question, results.Locale, kind?.Id, answer.ToString(), [.. used], citations, related, country?.Id, legalNotes);
    }

    /// <summary>The first kind whose cue the question uses; kinds about a country only count when one is named or remembered.</summary>
    public static QuestionKind? Kind(IReadOnlyList<QuestionKind> kinds, string question, bool countryKnown)
    {
        var words = " " + string.Join(' ', TextTokenizer.Words(question)) + " ";
        foreach (var kind in kinds)
        {
            if ((!kind.NeedsCountry || countryKnown)
                && kind.Cues.Any(cue => words.Contains(" " + string.Join(' ', TextTokenizer.Words(cue)) + " ", StringComparison.Ordinal)))
            {
                return kind;
            }
        }

        return null;
    }

    private static List<(SearchHit Hit, float Score)> Rerank(IReadOnlyList<SearchHit> hits, QuestionKind? kind) =>
        [.. hits
            .Select((hit, index) => (Hit: hit, Score: hit.Score * Weight(kind, hit.Kind), Index: index))
            .OrderByDescending(entry => entry.Score)
            .ThenBy(entry => entry.Index)
            .Select(entry => (entry.Hit, entry.Score))];

    private static float Weight(QuestionKind? kind, string itemKind) =>
        kind is null ? 1f : kind.Prefer.Contains(itemKind) ? PreferredBoost : kind.Avoid.Contains(itemKind) ? AvoidedFactor : 1f;

    /// <summary>The best item's summary, its as-of date if it is a legal note, and the sentence that best matches the question if that is another.</summary>
    private static string Lead(KnowledgeItem item, string? snippet, ResponseCatalog responses)
    {
        var text = item.Summary.Trim();
        if (item.AsOf is { } asOf)
        {
            // A legal note's details often say what changed since (a new law): they belong in the answer.
            text = $"{text.TrimEnd('.')} ({responses.Get("legal.asOf", new Dictionary<string, string> { ["asOf"] = asOf })}).";
            return text.Length + item.Details.Length < MaxAnswerLength ? text + " " + item.Details.Trim() : text;
        }

        if (snippet is { Length: > 0 } && !snippet.EndsWith('…') && !item.Summary.Contains(snippet, StringComparison.Ordinal)
            && text.Length + snippet.Length < MaxAnswerLength)
        {
            text += " " + snippet;
        }

        return text;
    }

    /// <summary>The numbers of an item's sources ("[1][2]"), numbering each source the first time it appears.</summary>
    private static string Markers(IReadOnlyList<Citation> sources, List<AnswerCitation> citations)
    {
        var markers = new StringBuilder();
        foreach (var source in sources)
        {
            var existing = citations.Find(citation => SameSource(citation.Source, source));
            if (existing is null)
            {
                existing = new AnswerCitation(citations.Count + 1, source);
                citations.Add(existing);
            }

            var marker = $"[{existing.Number}]";
            if (!markers.ToString().Contains(marker, StringComparison.Ordinal))
            {
                markers.Append(marker);
            }
        }

        return markers.ToString();
    }

    private static bool SameSource(Citation a, Citation b) =>
        a.Document == b.Document && a.Section == b.Section && a.Url == b.Url;

    private static string FirstSentence(string text)
    {
        text = text.Trim();
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] is '.' or '?' or '!' && text[i + 1] == ' ' && i + 2 < text.Length && char.IsUpper(text[i + 2]) && !EndsAbbreviation(text, i))
            {
                return text[..(i + 1)];
            }
        }

        return text;
    }

    private static bool EndsAbbreviation(string text, int dot) =>
        text[..dot].EndsWith("No", StringComparison.Ordinal) || text[..dot].EndsWith("e.g", StringComparison.Ordinal) || text[..dot].EndsWith("i.e", StringComparison.Ordinal);

    private static string Shorten(string text) =>
        text.Length <= MaxLineLength ? text : text[..(MaxLineLength - 1)].TrimEnd() + "…";
}
