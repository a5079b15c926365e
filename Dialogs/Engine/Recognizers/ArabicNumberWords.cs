using GuidanceBot.Knowledge.Text;

namespace GuidanceBot.Dialogs.Engine.Recognizers;

/// <summary>
/// Arabic ordinals and numbers from one to ten in words, masculine and feminine, with or without the article
/// ("الثاني", "الثانية", "ثاني", "اثنان", "اثنتين"), and "the last" (الأخير). Microsoft.Recognizers.Text 1.8.13's
/// Arabic models only read the fully spelled forms, and a choice list never needs more than ten. Words are compared
/// folded, as the tokenizer folds them (أ → ا, ى → ي, no short vowels), so either spelling works.
/// </summary>
public static class ArabicNumberWords
{
    private const string Article = "\u0627\u0644"; // ال
    private const char And = '\u0648'; // و, written joined to the next word

    private static readonly Dictionary<string, int> Ordinals = Table(
        (1, ["أول", "أولى"]), (2, ["ثاني", "ثانية", "ثان"]), (3, ["ثالث", "ثالثة"]), (4, ["رابع", "رابعة"]),
        (5, ["خامس", "خامسة"]), (6, ["سادس", "سادسة"]), (7, ["سابع", "سابعة"]), (8, ["ثامن", "ثامنة"]),
        (9, ["تاسع", "تاسعة"]), (10, ["عاشر", "عاشرة"]), (-1, ["أخير", "أخيرة"]));

    private static readonly Dictionary<string, int> Numbers = Table(
        (1, ["واحد", "واحدة"]), (2, ["اثنان", "اثنين", "اثنتان", "اثنتين"]), (3, ["ثلاثة", "ثلاث"]), (4, ["أربعة", "أربع"]),
        (5, ["خمسة", "خمس"]), (6, ["ستة", "ست"]), (7, ["سبعة", "سبع"]), (8, ["ثمانية", "ثماني", "ثمان"]),
        (9, ["تسعة", "تسع"]), (10, ["عشرة", "عشر"]));

    /// <summary>The one ordinal in <paramref name="text"/> ("الخيار الثاني" → 2; -1 for the last), or null when none or two differ.</summary>
    public static int? Ordinal(string text) => Single(text, Ordinals);

    /// <summary>The one number word in <paramref name="text"/> ("رقم اثنين" → 2), or null when none or two differ.</summary>
    public static int? Number(string text) => Single(text, Numbers);

    private static int? Single(string text, Dictionary<string, int> table)
    {
        int? found = null;
        foreach (var word in TextTokenizer.Words(text))
        {
            if (!Find(table, word, out var value) && !(word.Length > 2 && word[0] == And && Find(table, word[1..], out value)))
            {
                continue;
            }

            if (found is int other && other != value)
            {
                return null;
            }

            found = value;
        }

        return found;
    }

    private static bool Find(Dictionary<string, int> table, string word, out int value) =>
        table.TryGetValue(word, out value)
        || (word.StartsWith(Article, StringComparison.Ordinal) && table.TryGetValue(word[Article.Length..], out value));

    private static Dictionary<string, int> Table(params (int Value, string[] Words)[] entries)
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (value, words) in entries)
        {
            foreach (var word in words)
            {
                table[TextFolding.Fold(word)] = value;
            }
        }

        return table;
    }
}
