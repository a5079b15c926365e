using GuidanceBot.Knowledge.Text;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Knowledge.Localization;

/// <summary>
/// Words compare folded, in content and input alike: accents, Arabic short vowels and letter variants, Arabic-Indic
/// digits, typographic apostrophes. French elided words stay whole, as the French content writes them. English text
/// splits exactly as before.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed class TextTokenizerFoldingTests
{
    [Theory]
    [InlineData("Coopérative", "cooperative")]
    [InlineData("AÑO", "ano")]
    [InlineData("Français", "francais")]
    [InlineData("Économie Sociale", "economie sociale")]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("naïve", "naive")]
    [InlineData("cafe\u0301", "cafe")]                        // a decomposed accent (combining mark) is dropped
    [InlineData("تَعَاوُنِيَّة", "تعاونية")]                  // tashkeel (fatha, damma, kasra, shadda) dropped
    [InlineData("تعـــاونية", "تعاونية")]                     // tatweel dropped
    [InlineData("أإآٱا", "ااااا")]                            // every alef form is a bare alef
    [InlineData("الأولى", "الاولي")]                          // alef maqsura folds to yeh
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("٠١٢٣٤٥٦٧٨٩", "0123456789")]                  // Arabic-Indic digits
    [InlineData("۰۱۲۳۴۵۶۷۸۹", "0123456789")]                  // Extended (Persian) digits
    [InlineData("سنة ٢٠١٨", "سنة 2018")]
    public void WordsCompareFolded(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', TextTokenizer.Words(text)));
    }

    [Theory]
    [InlineData("l'emploi", "l'emploi")]
    [InlineData("L’Emploi", "l'emploi")]                      // typographic apostrophe, capital
    [InlineData("ils n’ont pas de papiers", "ils n'ont pas de papiers")]
    [InlineData("qu'ils s'enregistrent", "qu'ils s'enregistrent")]
    [InlineData("Côte d'Ivoire", "cote d'ivoire")]
    [InlineData("d'intégration", "d'integration")]
    [InlineData("n'", "n")]                                   // a lone elided word, as a negation list may name it
    [InlineData("ne … pas", "ne pas")]
    public void FrenchElidedWordsStayWholeAsTheContentWritesThem(string text, string expected)
    {
        // The French phrases of the content name "n'ont", "d'accueil", "l'état" as single words.
        Assert.Equal(expected, string.Join(' ', TextTokenizer.Words(text)));
    }

    [Theory]
    [InlineData("We can't register; women's co-op in Jordan.", "we can't register women's co op in jordan")]
    [InlineData("Refugees’ savings (SACCO) — 3.5 % growth!", "refugees savings sacco 3 5 growth")]
    [InlineData("host-community `members'", "host community members")]
    [InlineData("I'm told they'd rather o'clock", "i'm told they'd rather o'clock")]
    public void EnglishSplitsAsBefore(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', TextTokenizer.Words(text)));
    }

    [Fact]
    public void OffsetsPointIntoTheOriginalTextAndTheFoldedWordIntoTheLoweredOne()
    {
        const string text = "Les réfugiés, l’emploi. الـتَّعاونية هنا";

        var tokens = TextTokenizer.Tokenize(text, out var lowered);

        Assert.Equal(text.Length, lowered.Length);
        string[] words = [.. tokens.Select(token => lowered.Substring(token.Start, token.Length))];
        Assert.Equal(["les", "refugies", "l'emploi", "التعاونية", "هنا"], words);
        Assert.Equal(["Les", "réfugiés", "l’emploi", "الـتَّعاونية", "هنا"], tokens.Select(token => text[token.Start..token.End]));
        Assert.Equal([0, 0, 0, 1, 1], tokens.Select(token => token.Sentence));
        Assert.Equal([0, 0, 1, 2, 2], tokens.Select(token => token.Clause));
    }

    [Fact]
    public void ContentAndInputFoldAlike()
    {
        // An editor writes the accents and vowels; staff type without them, or with other forms of the letters.
        Assert.Equal(TextTokenizer.Words("Réfugiés déplacés"), TextTokenizer.Words("REFUGIES deplaces"));
        Assert.Equal(TextTokenizer.Words("إِعادة التَّوطين"), TextTokenizer.Words("اعادة التوطين"));
        Assert.Equal(TextTokenizer.Words("n’ont pas"), TextTokenizer.Words("n'ont pas"));
    }
}
