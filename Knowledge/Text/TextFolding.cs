namespace GuidanceBot.Knowledge.Text;

/// <summary>
/// How one character compares: lower case, Latin letters without their accents (é → e, ñ → n, ç → c), Arabic alef
/// forms as bare alef (أ إ آ ٱ → ا), alef maqsura as yeh (ى → ي), Arabic-Indic digits as 0-9, typographic apostrophes
/// as '. Marks that people leave out when they type (Arabic short vowels and shadda, dagger alef, tatweel, combining
/// accents) fold to nothing. Content and input fold alike, so either may carry accents or not.
/// </summary>
public static class TextFolding
{
    /// <summary>What <see cref="Fold"/> returns for a character that is dropped.</summary>
    public const char Dropped = '\0';

    private const char LatinFirst = '\u00C0';
    private const char LatinLast = '\u024F';

    /// <summary>Latin-1 Supplement and Latin Extended-A/B folded once: the lower-case letter's base before its marks.</summary>
    private static readonly char[] Latin = BuildLatin();

    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c == '`' ? '\'' : c;
        }

        return c switch
        {
            >= LatinFirst and <= LatinLast => Latin[c - LatinFirst],
            '\u2019' or '\u2018' or '\u02BC' => '\'',
            >= '\u0300' and <= '\u036F' => Dropped,
            >= '\u064B' and <= '\u0652' or '\u0670' or '\u0640' => Dropped,
            '\u0622' or '\u0623' or '\u0625' or '\u0671' => '\u0627',
            '\u0649' => '\u064A',
            >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
            >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>The folded form of a whole word or phrase (dropped marks removed), for comparing outside the tokenizer.</summary>
    public static string Fold(string text)
    {
        var unchanged = 0;
        while (unchanged < text.Length && Fold(text[unchanged]) == text[unchanged])
        {
            unchanged++;
        }

        if (unchanged == text.Length)
        {
            return text; // already folded (words from the tokenizer are): nothing to allocate
        }

        var folded = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            var f = Fold(c);
            if (f != Dropped)
            {
                folded.Append(f);
            }
        }

        return folded.ToString();
    }

    private static char[] BuildLatin()
    {
        var table = new char[LatinLast - LatinFirst + 1];
        for (var c = LatinFirst; c <= LatinLast; c++)
        {
            var lower = char.ToLowerInvariant(c);
            var decomposed = lower.ToString().Normalize(System.Text.NormalizationForm.FormD);

            // Only a letter plus combining marks folds to the letter; æ, ø, ß and the like stay themselves, except the
            // Turkish dotless ı, which people write as i ("Sanliurfa" for "Şanlıurfa").
            table[c - LatinFirst] = c == '\u0131' ? 'i'
                : decomposed.Length > 1 && decomposed[0] < 0x80
                && decomposed.AsSpan(1).IndexOfAnyExceptInRange('\u0300', '\u036F') < 0
                ? decomposed[0]
                : lower;
        }

        return table;
    }
}
