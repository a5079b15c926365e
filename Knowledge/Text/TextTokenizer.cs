using System.Globalization;

namespace GuidanceBot.Knowledge.Text;

/// <summary>
/// Splits text into lower-cased words, keeping each word's place in the original text and which sentence and clause
/// it belongs to. Language-neutral: a word is a run of letters, digits and combining marks, with apostrophes kept
/// inside it ("can't", "women's"); hyphens split words ("co-op" → co, op), so phrases and input split alike.
/// Sentences end at . ! ? and line breaks; clauses also end at , ; : brackets, quotes and dashes.
/// </summary>
public static class TextTokenizer
{
    /// <summary>
    /// Tokenizes <paramref name="text"/>. <paramref name="lowered"/> receives the text lower-cased character by
    /// character (same length, so token offsets point into both).
    /// </summary>
    public static List<TextToken> Tokenize(string text, out string lowered)
    {
        lowered = Lower(text);
        var tokens = new List<TextToken>(Math.Min(text.Length / 5 + 1, 512));
        var sentence = 0;
        var clause = 0;
        var start = -1;
        for (var i = 0; i <= lowered.Length; i++)
        {
            var c = i < lowered.Length ? lowered[i] : ' ';
            if (IsWordChar(c) || (c == '\'' && start >= 0 && i + 1 < lowered.Length && IsWordChar(lowered[i + 1])))
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                tokens.Add(new TextToken(start, i - start, sentence, clause));
                start = -1;
            }

            if (EndsSentence(lowered, i))
            {
                sentence++;
                clause++;
            }
            else if (EndsClause(lowered, i))
            {
                clause++;
            }
        }

        return tokens;
    }

    /// <summary>The words of a short phrase (content), lower-cased, without positions.</summary>
    public static List<string> Words(string phrase)
    {
        var tokens = Tokenize(phrase, out var lowered);
        return [.. tokens.Select(token => lowered.Substring(token.Start, token.Length))];
    }

    private static string Lower(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = char.ToLowerInvariant(source[i]);
            span[i] = c is '\u2019' or '\u2018' or '\u02BC' or '`' ? '\'' : c;
        }
    });

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool EndsSentence(string text, int i)
    {
        if (i >= text.Length)
        {
            return false;
        }

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
        if (i >= text.Length)
        {
            return false;
        }

        var c = text[i];
        if (c == '-')
        {
            // A hyphen inside a word ("co-op") only splits the word; a free-standing one is a dash.
            return !(i > 0 && IsWordChar(text[i - 1]) && i + 1 < text.Length && IsWordChar(text[i + 1]));
        }

        return c is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '"' or '\u201C' or '\u201D' or '\u2013' or '\u2014' or '\u060C' or '\u061B';
    }
}
