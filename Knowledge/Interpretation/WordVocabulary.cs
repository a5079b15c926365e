using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Text;

namespace GuidanceBot.Knowledge.Interpretation;

/// <summary>
/// Every word the phrases of one language use, each with an id, and the lookup from a word of the input to the ids
/// it stands for: the same word, words it starts with (<c>refugee*</c>), or, for a long word that is no known word
/// at all, a word one typo away (two from ten letters) with the same first letter ("refugess" → refugees).
/// Lookups work on spans of the lower-cased input, so they allocate nothing.
/// </summary>
internal sealed class WordVocabulary
{
    private const int MinTypoLength = 6;
    private const int TwoTyposLength = 10;

    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _prefixes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<(string Word, int Id)>> _typoCandidates = [];
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _knownLookup;
    private int _longestPrefix;

    public int Count { get; private set; }

    /// <summary>The id of a pattern alternative ("join" or "refugee*"), adding it when new.</summary>
    public int Add(string alternative)
    {
        var prefix = PatternWord.IsPrefix(alternative);
        var word = prefix ? alternative[..^1] : alternative;
        var table = prefix ? _prefixes : _exact;
        if (!table.TryGetValue(word, out var id))
        {
            id = Count++;
            table.Add(word, id);
            if (prefix)
            {
                _longestPrefix = Math.Max(_longestPrefix, word.Length);
            }
            else
            {
                _known.Add(word);
                if (word.Length >= MinTypoLength)
                {
                    Candidates(word[0]).Add((word, id));
                }
            }
        }

        return id;
    }

    /// <summary>Marks a word as known without giving it an id, so a typo match never turns it into another word.</summary>
    public void Know(string word) => _known.Add(word);

    /// <summary>Call once after the last <see cref="Add"/>.</summary>
    public void Freeze()
    {
        _exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _knownLookup = _known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Adds to <paramref name="ids"/> every id <paramref name="word"/> (lower case) stands for.</summary>
    public void Lookup(ReadOnlySpan<char> word, List<int> ids)
    {
        var before = ids.Count;
        if (_exactLookup.TryGetValue(word, out var exact))
        {
            ids.Add(exact);
        }

        for (var length = Math.Min(word.Length, _longestPrefix); length >= 1; length--)
        {
            if (_prefixLookup.TryGetValue(word[..length], out var prefix))
            {
                ids.Add(prefix);
            }
        }

        if (ids.Count == before && word.Length >= MinTypoLength && !_knownLookup.Contains(word)
            && _typoCandidates.TryGetValue(word[0], out var candidates))
        {
            foreach (var (candidate, id) in candidates)
            {
                var allowed = candidate.Length >= TwoTyposLength ? 2 : 1;
                if (Math.Abs(candidate.Length - word.Length) <= allowed && EditDistance.AtMost(word, candidate, allowed))
                {
                    ids.Add(id);
                }
            }
        }
    }

    private List<(string Word, int Id)> Candidates(char first)
    {
        if (!_typoCandidates.TryGetValue(first, out var list))
        {
            list = [];
            _typoCandidates.Add(first, list);
        }

        return list;
    }
}
