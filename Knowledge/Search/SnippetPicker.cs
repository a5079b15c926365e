using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Knowledge.Search;

/// <summary>
/// Picks the sentence of an item (summary or details) that shares most terms with the question. Sentences are split
/// and analysed once, when the index is built, so picking is a few set lookups.
/// </summary>
public sealed class SnippetPicker
{
    private const int MaxLength = 280;

    private readonly Dictionary<string, List<(string Sentence, HashSet<string> Terms)>> _sentences = new(StringComparer.Ordinal);

    public SnippetPicker(IEnumerable<KnowledgeItem> items, Func<string, HashSet<string>> analyse)
    {
        foreach (var item in items)
        {
            _sentences[item.Id] = [.. Sentences(item.Summary).Concat(Sentences(item.Details)).Select(sentence => (sentence, analyse(sentence)))];
        }
    }

    public string Pick(KnowledgeItem item, IReadOnlySet<string> questionTerms)
    {
        var best = item.Summary;
        var bestScore = 0;
        foreach (var (sentence, terms) in _sentences[item.Id])
        {
            var score = terms.Count(questionTerms.Contains);
            if (score > bestScore)
            {
                (best, bestScore) = (sentence, score);
            }
        }

        return best.Length <= MaxLength ? best : best[..(MaxLength - 1)].TrimEnd() + "…";
    }

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var endsSentence = text[i] is '.' or '?' or '!' && (i + 1 == text.Length || text[i + 1] == ' ');
            if (endsSentence)
            {
                yield return text[start..(i + 1)].Trim();
                start = i + 1;
            }
        }

        if (start < text.Length && text[start..].Trim() is { Length: > 0 } rest)
        {
            yield return rest;
        }
    }
}
