using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Text;

namespace GuidanceBot.Knowledge.Answers;

/// <summary>
/// Finds the countries a text names as a place of work: a country's name ("in Uganda") or one of its places
/// ("Gaziantep", "Kakuma camp"), as whole words, ignoring case and accents ("Sanliurfa" = "Şanlıurfa"). A name right
/// after an origin word ("refugees from Sudan") or inside a longer other place ("South Sudan") does not count, and
/// demonyms are not names ("Syrian refugees" names no country). Built once per content snapshot; a search is one
/// pass over the text's words with dictionary lookups.
/// </summary>
public sealed class CountryFinder
{
    private readonly Dictionary<string, Country> _byId;
    private readonly HashSet<string> _notAfter;

    /// <summary>Phrases by their first word, longest first; a null country marks another place that only blocks.</summary>
    private readonly Dictionary<string, List<(string[] Words, Country? Country)>> _phrases = new(StringComparer.Ordinal);

    public CountryFinder(AnswerContent content)
    {
        Countries = content.Countries;
        _byId = content.Countries.ToDictionary(country => country.Id, StringComparer.OrdinalIgnoreCase);
        _notAfter = content.Words.NotAfter.Select(Fold).ToHashSet(StringComparer.Ordinal);
        foreach (var country in content.Countries)
        {
            foreach (var phrase in country.Names.Append(country.Name).Concat(country.Places))
            {
                Add(phrase, country);
            }
        }

        foreach (var place in content.Words.OtherPlaces)
        {
            Add(place, null);
        }

        foreach (var list in _phrases.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    /// <summary>Every country with legal notes, in the order of the content file.</summary>
    public IReadOnlyList<Country> Countries { get; }

    public Country? Get(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The countries named as places of work, in the order they are first named; empty when none is.</summary>
    public IReadOnlyList<Country> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || _phrases.Count == 0)
        {
            return [];
        }

        var tokens = TextTokenizer.Tokenize(text, out var lowered);
        var words = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            words[i] = Fold(lowered.Substring(tokens[i].Start, tokens[i].Length));
        }

        List<Country>? found = null;
        for (var i = 0; i < words.Length; i++)
        {
            if (!_phrases.TryGetValue(words[i], out var candidates))
            {
                continue;
            }

            foreach (var (phrase, country) in candidates)
            {
                if (!Matches(words, i, phrase))
                {
                    continue;
                }

                var origin = i > 0 && _notAfter.Contains(words[i - 1]);
                if (country is not null && !origin && (found is null || !found.Contains(country)))
                {
                    (found ??= []).Add(country);
                }

                i += phrase.Length - 1;
                break;
            }
        }

        return found ?? (IReadOnlyList<Country>)[];
    }

    /// <summary>A country from an id ("jordan") or a name or place given on its own ("Türkiye", "Gaziantep").</summary>
    public Country? Resolve(string? idOrName)
    {
        if (string.IsNullOrWhiteSpace(idOrName))
        {
            return null;
        }

        return Get(idOrName.Trim()) ?? (Find(idOrName) is [var only] ? only : null);
    }

    private void Add(string phrase, Country? country)
    {
        var words = TextTokenizer.Words(phrase).Select(Fold).ToArray();
        if (words.Length == 0)
        {
            return;
        }

        if (!_phrases.TryGetValue(words[0], out var list))
        {
            _phrases[words[0]] = list = [];
        }

        if (!list.Any(entry => entry.Words.SequenceEqual(words)))
        {
            list.Add((words, country));
        }
    }

    private static bool Matches(string[] words, int start, string[] phrase)
    {
        if (start + phrase.Length > words.Length)
        {
            return false;
        }

        for (var j = 1; j < phrase.Length; j++)
        {
            if (!string.Equals(words[start + j], phrase[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Folded as the tokenizer folds, and without apostrophes, so "Şanlıurfa", "Sanliurfa" and "Za'atari"/"Zaatari" meet.</summary>
    private static string Fold(string word)
    {
        var folded = TextFolding.Fold(word);
        return folded.Contains('\'') ? folded.Replace("'", "", StringComparison.Ordinal) : folded;
    }
}
