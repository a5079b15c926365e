using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Recommendations;
using GuidanceBot.Knowledge.Text;

namespace GuidanceBot.Knowledge.Interpretation;

/// <summary>
/// Reads a free-text description of the user's situation ("We support Syrian women refugees in Gaziantep; they may
/// join Turkish cooperatives but cannot register their own") into context slots, saying which words filled each
/// slot and which slots are still to ask. Pure and deterministic: all language data (phrases, negation words...)
/// comes from the knowledge snapshot, compiled once per snapshot; a call costs microseconds.
/// <para>
/// How values are decided, per slot: a phrase preceded (within a few words, in the same clause) by one of the
/// language's negation words for that slot does not count, nor does one inside a phrase the language lists as
/// saying nothing about that slot (<c>notSignals</c>). For <c>needs</c> every value found counts. For a one-answer
/// slot, first the language's combinations apply (host + displaced → mixed), then the value whose most specific
/// phrase has the most words wins ("may join ... but cannot register" beats "cannot register"); when two values
/// tie, the slot stays unanswered and the tie is reported in <see cref="Interpretation.Conflicts"/>.
/// </para>
/// </summary>
public static class ContextInterpreter
{
    public static Interpretation Interpret(KnowledgeBase knowledge, string text, string? locale)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        text ??= "";
        var language = InterpreterModel.Of(knowledge).Resolve(locale);
        var found = language is null ? new Dictionary<string, Dictionary<string, Candidate>>() : Find(language, text);
        var context = GuidanceContext.Empty;
        var slots = new List<SlotFinding>();
        var conflicts = new List<SlotConflict>();
        foreach (var question in knowledge.Questions.All)
        {
            if (!found.TryGetValue(question.Slot, out var candidates))
            {
                continue;
            }

            var definition = Slots.Find(question.Slot)!;
            if (!definition.Multiple)
            {
                Combine(language!, question.Slot, candidates);
            }

            var ordered = question.Options
                .Where(option => candidates.ContainsKey(option.Value))
                .Select(option => (option.Value, Candidate: candidates[option.Value]))
                .ToList();
            if (ordered.Count == 0)
            {
                continue;
            }

            var best = ordered.Max(entry => entry.Candidate.Specificity);
            var chosen = definition.Multiple ? ordered : ordered.Where(entry => entry.Candidate.Specificity == best).ToList();
            var values = chosen.Select(entry => new FoundValue(entry.Value, entry.Candidate.Triggers(text))).ToList();
            if (chosen.Count > 1 && !definition.Multiple)
            {
                conflicts.Add(new SlotConflict(question.Slot, values));
                continue;
            }

            slots.Add(new SlotFinding(question.Slot, values));
            context = context.With(question.Slot, [.. values.Select(value => value.Value)]);
        }

        return new Interpretation
        {
            ContentVersion = knowledge.Version,
            Locale = language?.Language.Locale ?? "",
            Context = context,
            Slots = slots,
            Missing = [.. knowledge.Questions.All
                .Where(question => !context.IsAnswered(question.Slot) && !question.Hidden)
                .Select(question => new MissingAnswer(question.Slot, question.Prompt, question.Sharpens, Slots.Find(question.Slot)!.Optional))],
            Conflicts = conflicts,
        };
    }

    /// <summary>Slot → value → the phrases found for it, leaving out negated ones and those inside a phrase that mutes their slot.</summary>
    private static Dictionary<string, Dictionary<string, Candidate>> Find(CompiledLanguage language, string text)
    {
        var tokens = TextTokenizer.Tokenize(text, out var lowered);
        var matches = PhraseMatcher.FindAll(language, lowered, tokens);
        var notNegation = new bool[tokens.Count];
        var muted = new List<PhraseMatch>();
        foreach (var match in matches.Where(match => match.Pattern.Signal is null))
        {
            if (match.Pattern.MutedSlot is null)
            {
                notNegation[match.First] = true;
            }
            else
            {
                muted.Add(match);
            }
        }

        var found = new Dictionary<string, Dictionary<string, Candidate>>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            if (match.Pattern.Signal is not { } signal
                || muted.Exists(mute => mute.Pattern.MutedSlot == signal.Slot && mute.First <= match.First && mute.Last >= match.Last)
                || (language.NegatedSlots.Contains(signal.Slot) && IsNegated(language, lowered, tokens, match.First, signal.Slot, notNegation)))
            {
                continue;
            }

            if (!found.TryGetValue(signal.Slot, out var values))
            {
                found[signal.Slot] = values = new Dictionary<string, Candidate>(StringComparer.Ordinal);
            }

            if (!values.TryGetValue(signal.Value, out var candidate))
            {
                values[signal.Value] = candidate = new Candidate();
            }

            candidate.Add(match.Pattern.Specificity, tokens[match.First].Start, tokens[match.Last].End);
        }

        return found;
    }

    /// <summary>Whether a negation word for the slot stands shortly before a phrase, in its clause, and is not part of "not only" and the like.</summary>
    private static bool IsNegated(CompiledLanguage language, string lowered, List<TextToken> tokens, int first, string slot, bool[] notNegation)
    {
        var window = language.NegationWindow;
        for (var k = first - 1; k >= 0 && k >= first - window; k--)
        {
            var word = lowered.AsSpan(tokens[k].Start, tokens[k].Length);
            if (tokens[k].Clause != tokens[first].Clause || language.IsClauseBreak(word))
            {
                return false;
            }

            if (language.Cancels(word, slot, first - k) && !notNegation[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Replaces values that together mean another one (host and displaced → mixed), keeping all their words.</summary>
    private static void Combine(CompiledLanguage language, string slot, Dictionary<string, Candidate> candidates)
    {
        foreach (var combination in language.CombinationsFor(slot))
        {
            if (!combination.Values.All(candidates.ContainsKey))
            {
                continue;
            }

            if (!candidates.TryGetValue(combination.Means, out var merged))
            {
                candidates[combination.Means] = merged = new Candidate();
            }

            foreach (var value in combination.Values.Where(value => value != combination.Means))
            {
                merged.AddAll(candidates[value]);
                candidates.Remove(value);
            }
        }
    }

    /// <summary>The spans found for one value and how specific its most specific phrase is.</summary>
    private sealed class Candidate
    {
        private readonly List<(int Start, int End)> _spans = [];

        public int Specificity { get; private set; }

        public void Add(int specificity, int start, int end)
        {
            Specificity = Math.Max(Specificity, specificity);
            _spans.Add((start, end));
        }

        public void AddAll(Candidate other)
        {
            Specificity = Math.Max(Specificity, other.Specificity);
            _spans.AddRange(other._spans);
        }

        /// <summary>The words found, in text order; overlapping stretches are joined into one.</summary>
        public List<Trigger> Triggers(string text)
        {
            var triggers = new List<Trigger>();
            var (start, end) = (-1, -1);
            foreach (var span in _spans.OrderBy(span => span.Start))
            {
                if (span.Start < end)
                {
                    end = Math.Max(end, span.End);
                    continue;
                }

                Flush();
                (start, end) = span;
            }

            Flush();
            return triggers;

            void Flush()
            {
                if (start >= 0)
                {
                    triggers.Add(new Trigger(text[start..end], start, end - start));
                }
            }
        }
    }
}
