using GuidanceBot.Knowledge.Text;

namespace GuidanceBot.Knowledge.Interpretation;

/// <summary>
/// Finds every phrase of a language in a tokenized text. Each word is looked up once; from each word only the
/// phrases that can start with it are tried; a gap ("...") takes the nearest next word that fits, trying farther
/// ones only when the rest of the phrase fails. Words in a row must sit in one clause; a phrase never spans two
/// sentences.
/// </summary>
internal static class PhraseMatcher
{
    public static List<PhraseMatch> FindAll(CompiledLanguage language, string lowered, List<TextToken> tokens)
    {
        var ids = new List<int>(tokens.Count * 2);
        var offsets = new int[tokens.Count + 1];
        for (var i = 0; i < tokens.Count; i++)
        {
            offsets[i] = ids.Count;
            language.Vocabulary.Lookup(lowered.AsSpan(tokens[i].Start, tokens[i].Length), ids);
        }

        offsets[tokens.Count] = ids.Count;
        var text = new MatchInput(tokens, ids, offsets, language.Language.GapWords);
        var matches = new List<PhraseMatch>();
        var triedAt = new int[language.Patterns.Length];
        for (var start = 0; start < tokens.Count; start++)
        {
            for (var k = offsets[start]; k < offsets[start + 1]; k++)
            {
                foreach (var index in language.StartingWith[ids[k]])
                {
                    if (triedAt[index] == start + 1)
                    {
                        continue;
                    }

                    triedAt[index] = start + 1;
                    var end = text.MatchFrom(language.Patterns[index], 1, start);
                    if (end >= 0)
                    {
                        matches.Add(new PhraseMatch(language.Patterns[index], start, end));
                    }
                }
            }
        }

        return matches;
    }

    private readonly record struct MatchInput(List<TextToken> Tokens, List<int> Ids, int[] Offsets, int GapWords)
    {
        /// <summary>The last token of a match of words <paramref name="word"/>… placed after token <paramref name="previous"/>, or -1.</summary>
        public int MatchFrom(CompiledPattern pattern, int word, int previous)
        {
            if (word == pattern.Words.Length)
            {
                return previous;
            }

            var last = pattern.AfterGap[word] ? previous + 1 + GapWords : previous + 1;
            for (var next = previous + 1; next <= last && next < Tokens.Count; next++)
            {
                if (Tokens[next].Sentence != Tokens[previous].Sentence)
                {
                    return -1;
                }

                if (!pattern.AfterGap[word] && Tokens[next].Clause != Tokens[previous].Clause)
                {
                    return -1;
                }

                if (Fits(pattern.Words[word], next) && MatchFrom(pattern, word + 1, next) is var end and >= 0)
                {
                    return end;
                }
            }

            return -1;
        }

        private bool Fits(int[] alternatives, int token)
        {
            if (ReferenceEquals(alternatives, CompiledPattern.AnyWord))
            {
                return true;
            }

            for (var k = Offsets[token]; k < Offsets[token + 1]; k++)
            {
                if (Array.IndexOf(alternatives, Ids[k]) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
