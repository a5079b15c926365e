using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Text;

namespace GuidanceBot.Knowledge.Interpretation;

/// <summary>
/// One language's phrases ready for matching: every phrase word turned into vocabulary ids, and an index from a
/// word's id to the phrases that start with it, so a text is scanned once and only plausible phrases are tried.
/// </summary>
internal sealed class CompiledLanguage
{
    private readonly Dictionary<string, Dictionary<string, int>> _negations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _clauseBreaks;
    private readonly Dictionary<string, Dictionary<string, int>>.AlternateLookup<ReadOnlySpan<char>> _negationLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _clauseBreakLookup;

    public CompiledLanguage(InterpretationLanguage language, IEnumerable<Question> questions)
    {
        Language = language;
        foreach (var group in language.Negations)
        {
            foreach (var word in group.Words)
            {
                if (!_negations.TryGetValue(word, out var windows))
                {
                    _negations[word] = windows = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                foreach (var slot in group.Slots)
                {
                    windows[slot] = Math.Max(windows.GetValueOrDefault(slot), group.Window);
                }
            }
        }

        NegatedSlots = [.. language.Negations.SelectMany(group => group.Slots)];
        NegationWindow = language.Negations.Select(group => group.Window).DefaultIfEmpty(0).Max();
        _clauseBreaks = [.. language.ClauseBreaks];
        _negationLookup = _negations.GetAlternateLookup<ReadOnlySpan<char>>();
        _clauseBreakLookup = _clauseBreaks.GetAlternateLookup<ReadOnlySpan<char>>();

        var patterns = new List<CompiledPattern>();
        foreach (var signal in language.Signals(questions))
        {
            patterns.Add(Compile(signal.Pattern, signal, mutedSlot: null));
        }

        patterns.AddRange(language.NotSignals.Select(notSignal => Compile(notSignal.Pattern, signal: null, notSignal.Slot)));
        patterns.AddRange(language.NotNegations.Select(pattern => Compile(pattern, signal: null, mutedSlot: null)));
        foreach (var word in _negations.Keys.Concat(language.ClauseBreaks).Concat(language.VagueSynonyms.SelectMany(vague => TextTokenizer.Words(vague.Word))))
        {
            Vocabulary.Know(word);
        }

        Vocabulary.Freeze();
        Patterns = [.. patterns];
        var starts = new List<int>[Vocabulary.Count];
        for (var index = 0; index < Patterns.Length; index++)
        {
            foreach (var id in Patterns[index].Words[0].Distinct())
            {
                (starts[id] ??= []).Add(index);
            }
        }

        StartingWith = [.. starts.Select(list => list?.ToArray() ?? [])];
    }

    public InterpretationLanguage Language { get; }

    public WordVocabulary Vocabulary { get; } = new();

    public CompiledPattern[] Patterns { get; }

    /// <summary>Vocabulary id → the patterns whose first word may be it.</summary>
    public int[][] StartingWith { get; }

    /// <summary>The slots some negation group covers.</summary>
    public HashSet<string> NegatedSlots { get; }

    /// <summary>The widest window of any negation group.</summary>
    public int NegationWindow { get; }

    /// <summary>Whether <paramref name="word"/>, <paramref name="distance"/> words before a phrase of <paramref name="slot"/>, cancels it.</summary>
    public bool Cancels(ReadOnlySpan<char> word, string slot, int distance) =>
        _negationLookup.TryGetValue(word, out var windows) && windows.TryGetValue(slot, out var window) && distance <= window;

    public bool IsClauseBreak(ReadOnlySpan<char> word) => _clauseBreakLookup.Contains(word);

    public IEnumerable<SlotCombination> CombinationsFor(string slot) => Language.Combinations.Where(combination => combination.Slot == slot);

    private CompiledPattern Compile(PhrasePattern pattern, InterpretationPhrase? signal, string? mutedSlot) => new(
        signal,
        mutedSlot,
        [.. pattern.Words.Select(word => word.IsAny ? CompiledPattern.AnyWord : [.. word.Alternatives.Select(Vocabulary.Add)])],
        [.. pattern.Words.Select(word => word.AfterGap)],
        pattern.Specificity);
}
