using GuidanceBot.Knowledge.Search;
using GuidanceBot.Tests.Support;
using Lucene.Net.Analysis;

namespace GuidanceBot.Tests.Knowledge.Localization;

/// <summary>What each language's search analysis makes of words: stems, elision, accents, Arabic normalisation, stop words.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class SearchAnalysisTests
{
    [Theory]
    [InlineData("fr", "coopératives", "coopérative")]
    [InlineData("fr", "coopératives", "cooperatives")]           // typed without accents
    [InlineData("fr", "réfugiés", "refugie")]
    [InlineData("fr", "l'emploi", "emplois")]                    // elided article dropped, plural stemmed
    [InlineData("fr", "d’intégration", "intégration")]           // typographic apostrophe
    [InlineData("fr", "économiques", "économique")]
    [InlineData("es", "cooperativas", "cooperativa")]
    [InlineData("es", "cooperativas", "Cooperativa")]
    [InlineData("es", "Refugiados", "refugiado")]
    [InlineData("es", "educación", "educacion")]
    [InlineData("es", "económicas", "economica")]
    [InlineData("ar", "التعاونيات", "تعاونية")]                  // article and plural suffix off, teh marbuta normalised
    [InlineData("ar", "اللاجئين", "لاجئ")]
    [InlineData("ar", "الإدخار", "الادخار")]                     // hamza on alef normalised
    [InlineData("ar", "التَّعَاوُنِيَّة", "التعاونية")]          // short vowels dropped
    [InlineData("ar", "والتعاونية", "تعاونية")]                  // "and" prefix
    [InlineData("en", "cooperatives", "cooperative")]
    public void TheseWordsMeetInTheIndex(string locale, string a, string b)
    {
        var analyzer = SearchLanguages.Resolve(locale).CreateIndexAnalyzer();

        var termsA = AnalyzedTerms.Of(analyzer, a);
        var termsB = AnalyzedTerms.Of(analyzer, b);

        Assert.Single(termsA);
        Assert.Equal(termsA, termsB);
    }

    [Theory]
    [InlineData("fr", "Comment pouvons-nous aider les réfugiés ?", 2)]
    [InlineData("es", "¿Cómo podemos ayudar a los refugiados?", 2)]
    [InlineData("ar", "كيف يمكن أن نساعد اللاجئين؟", 2)]
    public void QuestionWordsAreStopWords(string locale, string question, int meaningfulWords)
    {
        var terms = AnalyzedTerms.Of(SearchLanguages.Resolve(locale).CreateIndexAnalyzer(), question);

        Assert.Equal(meaningfulWords, terms.Length);
        Assert.DoesNotContain(terms, term => term is "comment" or "pouvon" or "pouvons" or "como" or "podemos" or "كيف" or "يمكن");
    }

    [Fact]
    public void EachLanguageAnswersToItsLocale()
    {
        Assert.IsType<FrenchSearchLanguage>(SearchLanguages.Resolve("fr-CA"));
        Assert.IsType<SpanishSearchLanguage>(SearchLanguages.Resolve("es-419"));
        Assert.IsType<ArabicSearchLanguage>(SearchLanguages.Resolve("ar-JO"));
        Assert.IsType<EnglishSearchLanguage>(SearchLanguages.Resolve("sw-KE"));
        Assert.Equal(["en", "fr", "es", "ar"], SearchLanguages.Supported);
    }
}
