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

    private static readonly string[] Abbreviations = ["No", "e.g", "i.e", "etc", "Dr", "Mr", "Ms", "St", "vs"];

    /// <summary>
    /// A space then a capital letter, a letter of a script without case (Arabic), a quote or a bracket:
    /// "… cooperative. The …", not "… e.g. a …".
    /// </summary>
    private static bool StartsSentence(string text, int index) =>
        text[index] == ' ' && index + 1 < text.Length
        && ((char.IsLetter(text[index + 1]) && !char.IsLower(text[index + 1])) || text[index + 1] is '"' or '(' or '\u00AB');

    /// <summary>True for the dot of "No. 193" or "e.g.", which does not end a sentence.</summary>
    private static bool AfterAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && text[start - 1] is not ' ' and not '(')
        {
            start--;
        }

        return Abbreviations.Contains(text[start..dot], StringComparer.Ordinal);
    }

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var endsSentence = text[i] is '.' or '?' or '!' or '\u061F' && (i + 1 == text.Length || StartsSentence(text, i + 1)) && !AfterAbbreviation(text, i);
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
