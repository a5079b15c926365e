using System.Runtime.CompilerServices;
using GuidanceBot.Knowledge.Text;

namespace GuidanceBot.Dialogs.Engine.Recognizers;

/// <summary>
/// Finds which option a user meant, trying the cheapest and surest readings first: the option's value,
/// title or a synonym; its number ("2"); an ordinal or number in words ("the second one"); a title or
/// synonym inside a longer sentence; the same with small typos. Ambiguous input is a failure, not a guess.
/// Pure: no I/O, no state.
/// </summary>
public static class ChoiceRecognizer
{
    public static Recognition<FoundChoice> Recognize(string? text, IReadOnlyList<Choice> choices, string? locale)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0 || choices.Count == 0)
        {
            return Expecting(choices);
        }

        return Exact(normalized, choices)
            ?? ByPosition(normalized, choices, locale)
            ?? Contained(normalized, choices)
            ?? Fuzzy(normalized, choices)
            ?? Expecting(choices);
    }

    /// <summary>Several options in one answer: "livelihoods, finance and women", or "1, 3".</summary>
    public static Recognition<IReadOnlyList<FoundChoice>> RecognizeMany(string? text, IReadOnlyList<Choice> choices, string? locale)
    {
        var whole = Recognize(text, choices, locale);
        var found = new List<FoundChoice>();
        foreach (var part in SplitList(text ?? ""))
        {
            var one = Recognize(part, choices, locale);
            if (one.Succeeded && !found.Exists(f => f.Value == one.Value!.Value))
            {
                found.Add(one.Value!);
            }
        }

        if (found.Count == 0 && whole.Succeeded)
        {
            found.Add(whole.Value!);
        }

        return found.Count > 0
            ? Recognition<IReadOnlyList<FoundChoice>>.Success(found)
            : Recognition<IReadOnlyList<FoundChoice>>.Failure([.. whole.Expectations]);
    }

    /// <summary>Splits at commas and at "and" written as its own word (French "et", Spanish "y" too).</summary>
    private static IEnumerable<string> SplitList(string text) =>
        text.Replace(" and ", ",", StringComparison.OrdinalIgnoreCase)
            .Replace(" et ", ",", StringComparison.OrdinalIgnoreCase)
            .Replace(" y ", ",", StringComparison.OrdinalIgnoreCase)
            .Replace(" & ", ",", StringComparison.Ordinal)
            .Split([',', ';', '/', '\n', '\u060C', '\u061B'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Recognition<FoundChoice>? Exact(string normalized, IReadOnlyList<Choice> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var phrase in Phrases(choices[i]))
            {
                if (phrase == normalized)
                {
                    return Found(choices[i], i, "exact");
                }
            }
        }

        return null;
    }

    private static Recognition<FoundChoice>? ByPosition(string normalized, IReadOnlyList<Choice> choices, string? locale)
    {
        if (int.TryParse(normalized, out var number))
        {
            return number >= 1 && number <= choices.Count ? Found(choices[number - 1], number - 1, "number") : null;
        }

        // Only short answers: "about two hundred refugees" is a description, not a pick.
        if (TextNormalizer.Words(normalized).Length > 4)
        {
            return null;
        }

        var position = NumberWords.Ordinal(normalized, locale) ?? NumberWords.Number(normalized, locale);
        if (position is int p && p < 0)
        {
            p = choices.Count + p + 1; // "the last one" resolves to -1 in some languages
            position = p;
        }

        return position is int index && index >= 1 && index <= choices.Count
            ? Found(choices[index - 1], index - 1, "ordinal")
            : null;
    }

    /// <summary>
    /// Options named inside a longer answer. A phrase inside a longer matched phrase does not count
    /// ("host" in "host community"); two different options named is ambiguous.
    /// </summary>
    private static Recognition<FoundChoice>? Contained(string normalized, IReadOnlyList<Choice> choices)
    {
        var padded = " " + normalized + " ";
        var hits = new List<(int Index, string Phrase)>();
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var phrase in Phrases(choices[i]))
            {
                if (phrase.Length > 0 && padded.Contains(" " + phrase + " ", StringComparison.Ordinal))
                {
                    hits.Add((i, phrase));
                }
            }
        }

        var meant = hits
            .Where(hit => !hits.Exists(other => other.Phrase.Length > hit.Phrase.Length && (" " + other.Phrase + " ").Contains(" " + hit.Phrase + " ", StringComparison.Ordinal)))
            .Select(hit => hit.Index)
            .Distinct()
            .ToList();
        return meant.Count == 1 ? Found(choices[meant[0]], meant[0], "contained") : null;
    }

    private static Recognition<FoundChoice>? Fuzzy(string normalized, IReadOnlyList<Choice> choices)
    {
        var words = TextNormalizer.Words(normalized);
        (int Index, int Distance)? best = null;
        var ambiguous = false;
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var phrase in Phrases(choices[i]))
            {
                var allowed = AllowedTypos(phrase.Length);
                if (allowed == 0)
                {
                    continue;
                }

                var distance = ClosestWindow(words, phrase, allowed);
                if (distance > allowed)
                {
                    continue;
                }

                if (best is null || distance < best.Value.Distance)
                {
                    ambiguous = false;
                    best = (i, distance);
                }
                else if (distance == best.Value.Distance && best.Value.Index != i)
                {
                    ambiguous = true;
                }
            }
        }

        return best is { } hit && !ambiguous ? Found(choices[hit.Index], hit.Index, "typo") : null;
    }

    /// <summary>The smallest distance between <paramref name="phrase"/> and any run of as many words in the input.</summary>
    private static int ClosestWindow(string[] words, string phrase, int allowed)
    {
        var phraseWords = phrase.Count(c => c == ' ') + 1;
        var best = allowed + 1;
        for (var start = 0; start + phraseWords <= words.Length; start++)
        {
            var window = string.Join(' ', words, start, phraseWords);
            best = Math.Min(best, EditDistance.Between(window, phrase, allowed));
        }

        return best;
    }

    private static readonly ConditionalWeakTable<Choice, string[]> NormalizedPhrases = [];

    /// <summary>The option's value, title and synonyms in normalised form, computed once per option object.</summary>
    private static string[] Phrases(Choice choice) =>
        NormalizedPhrases.GetValue(choice, static c =>
            [TextNormalizer.Normalize(c.Value), TextNormalizer.Normalize(c.Title), .. (c.Synonyms ?? []).Select(TextNormalizer.Normalize)]);

    private static Recognition<FoundChoice> Found(Choice choice, int index, string matchedBy) =>
        Recognition<FoundChoice>.Success(new FoundChoice(choice.Value, index, matchedBy));

    private static Recognition<FoundChoice> Expecting(IReadOnlyList<Choice> choices) =>
        Recognition<FoundChoice>.Failure([.. choices.Select(choice => choice.Title)]);

    /// <summary>How many typos a word of this length may carry and still be recognized.</summary>
    private static int AllowedTypos(int length) => length switch
    {
        <= 3 => 0,
        <= 6 => 1,
        _ => 2,
    };
}
