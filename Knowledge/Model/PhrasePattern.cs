using GuidanceBot.Knowledge.Text;

namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// A phrase to look for in a description, written in content with a small syntax:
/// words match whole words ignoring case; <c>a|b</c> lets either word stand in that place; <c>word*</c> matches any
/// word starting with "word"; <c>*</c> alone matches any one word; <c>...</c> allows a gap of a few words (the
/// language's <c>gapWords</c>) within one sentence. Example: <c>"may|can join ... but ... cannot|not register*"</c>.
/// </summary>
public sealed record PhrasePattern(string Text, IReadOnlyList<PatternWord> Words)
{
    public const string Gap = "...";

    /// <summary>How specific the phrase is: the number of word places other than <c>*</c> (gaps do not count). The more specific phrase wins.</summary>
    public int Specificity => Words.Count(word => !word.IsAny);

    /// <summary>A canonical form, equal for phrases that match exactly the same words ("Can  Join" = "can join").</summary>
    public string Canonical => string.Join(' ', Words);

    public static bool TryParse(string text, out PhrasePattern? pattern, out string? error)
    {
        pattern = null;
        var words = new List<PatternWord>();
        var gap = false;
        foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == Gap)
            {
                if (words.Count == 0 || gap)
                {
                    error = words.Count == 0 ? "a phrase cannot start with \"...\"; begin with a word." : "\"... ...\" has two gaps in a row; write one \"...\".";
                    return false;
                }

                gap = true;
                continue;
            }

            if (!TryParsePart(part, gap, words, out error))
            {
                return false;
            }

            gap = false;
        }

        if (words.Count == 0)
        {
            error = "the phrase has no words.";
            return false;
        }

        if (gap)
        {
            error = "a phrase cannot end with \"...\"; end with a word.";
            return false;
        }

        if (words[0].IsAny || words[^1].IsAny)
        {
            error = "a phrase cannot start or end with \"*\" (any word); begin and end with real words.";
            return false;
        }

        pattern = new PhrasePattern(text, words);
        error = null;
        return true;
    }

    /// <summary>A phrase that matches <paramref name="text"/> word for word (no syntax), or null when it has no words.</summary>
    public static PhrasePattern? Literal(string text)
    {
        var words = TextTokenizer.Words(text);
        return words.Count == 0 ? null : new PhrasePattern(text, [.. words.Select(word => new PatternWord([word], AfterGap: false))]);
    }

    private static bool TryParsePart(string part, bool afterGap, List<PatternWord> words, out string? error)
    {
        if (part == PatternWord.AnyWord)
        {
            words.Add(new PatternWord([PatternWord.AnyWord], afterGap));
            error = null;
            return true;
        }

        var alternatives = part.Split('|');
        if (alternatives.Length == 1 && !part.Contains('*', StringComparison.Ordinal))
        {
            // A plain word; "co-op" or "self-help" become several words in a row, as the input does.
            var split = TextTokenizer.Words(part);
            if (split.Count == 0)
            {
                error = $"'{part}' has no letters or digits.";
                return false;
            }

            words.AddRange(split.Select((word, index) => new PatternWord([word], afterGap && index == 0)));
            error = null;
            return true;
        }

        var parsed = new List<string>();
        foreach (var alternative in alternatives)
        {
            var prefix = alternative.EndsWith('*');
            var body = prefix ? alternative[..^1] : alternative;
            if (body.Contains('*', StringComparison.Ordinal))
            {
                error = $"'{alternative}': \"*\" may only end a word (\"refugee*\").";
                return false;
            }

            var split = TextTokenizer.Words(body);
            if (split.Count != 1)
            {
                error = split.Count == 0
                    ? $"'{part}' has an empty choice; write words between the \"|\", e.g. \"can|may\"."
                    : $"'{alternative}' in '{part}' is several words; a choice or a \"*\" word must be one word (write a second phrase instead).";
                return false;
            }

            parsed.Add(prefix ? split[0] + "*" : split[0]);
        }

        words.Add(new PatternWord(parsed, afterGap));
        error = null;
        return true;
    }
}
