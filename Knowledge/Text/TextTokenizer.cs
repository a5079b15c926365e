using System.Globalization;

namespace GuidanceBot.Knowledge.Text;

/// <summary>
/// Splits text into folded words (see <see cref="TextFolding"/>: lower case, no accents or Arabic short vowels,
/// one alef, 0-9 digits), keeping each word's place in the original text and which sentence and clause it belongs
/// to. Language-neutral: a word is a run of letters, digits and combining marks, with apostrophes (straight or
/// typographic) kept inside it ("can't", "women's", French "l'emploi", "n'ont": the French phrases of the content
/// are written with their elided forms as whole words); hyphens split words ("co-op" → co, op), so phrases and input
/// split alike. Sentences end at . ! ? and line breaks; clauses also end at , ; : brackets, quotes and dashes.
/// </summary>
public static class TextTokenizer
{
    /// <summary>
    /// Tokenizes <paramref name="text"/>. <paramref name="lowered"/> receives the text folded character by character,
    /// the same length as the text; each token's <see cref="TextToken.Start"/> and <see cref="TextToken.Length"/>
    /// give its folded word there (when marks were dropped, the word is shorter than its span in the original and
    /// the rest of the span is blank), <see cref="TextToken.End"/> its end in the original.
    /// </summary>
    public static List<TextToken> Tokenize(string text, out string lowered)
    {
        var tokens = new List<TextToken>(Math.Min(text.Length / 5 + 1, 512));
        lowered = string.Create(text.Length, (text, tokens), static (folded, state) => Scan(state.text, folded, state.tokens));
        return tokens;
    }

    /// <summary>The words of a short phrase (content), folded, without positions.</summary>
    public static List<string> Words(string phrase)
    {
        var tokens = Tokenize(phrase, out var lowered);
        var words = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            words.Add(lowered.Substring(token.Start, token.Length));
        }

        return words;
    }

    private static void Scan(string text, Span<char> folded, List<TextToken> tokens)
    {
        var sentence = 0;
        var clause = 0;
        var start = -1; // where the current word starts, or -1 between words
        var write = 0;  // where its next folded character goes; behind i once marks were dropped
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var f = TextFolding.Fold(c);
            if (f == TextFolding.Dropped)
            {
                // A dropped mark neither starts nor ends a word.
                if (start < 0)
                {
                    folded[write++] = ' ';
                }

                continue;
            }

            if (IsWordChar(c))
            {
                if (start < 0)
                {
                    start = write = i;
                }

                folded[write++] = f;
                continue;
            }

            if (f == '\'' && start >= 0 && i + 1 < text.Length && IsWordChar(text[i + 1]))
            {
                folded[write++] = f;
                continue;
            }

            if (start >= 0)
            {
                write = EndWord(folded, tokens, start, write, i, sentence, clause);
                start = -1;
            }

            if (i == text.Length)
            {
                break;
            }

            folded[write++] = f;
            if (EndsSentence(text, i))
            {
                sentence++;
                clause++;
            }
            else if (EndsClause(text, i))
            {
                clause++;
            }
        }
    }

    /// <summary>Adds the word from <paramref name="start"/> and blanks what dropped marks left of its span; returns its end.</summary>
    private static int EndWord(Span<char> folded, List<TextToken> tokens, int start, int write, int end, int sentence, int clause)
    {
        tokens.Add(new TextToken(start, write - start, sentence, clause, end - start));
        folded[write..end].Fill(' ');
        return end;
    }

    private static bool IsWordChar(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        return char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool EndsSentence(string text, int i)
    {
        var c = text[i];
        if (c is '!' or '?' or '\n' or '\r' or '\u3002' or '\u061F' or '\u0964')
        {
            return true;
        }

        // A full stop ends a sentence unless it sits inside a number such as 3.5.
        return c == '.' && !(i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]));
    }

    private static bool EndsClause(string text, int i)
    {
        var c = text[i];
        if (c == '-')
        {
            // A hyphen inside a word ("co-op") only splits the word; a free-standing one is a dash.
            return !(i > 0 && IsWordChar(text[i - 1]) && i + 1 < text.Length && IsWordChar(text[i + 1]));
        }

        return c is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '"' or '\u201C' or '\u201D' or '\u2013' or '\u2014' or '\u060C' or '\u061B';
    }
}
