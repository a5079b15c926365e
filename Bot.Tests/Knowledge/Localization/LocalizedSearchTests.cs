using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Loading;
using GuidanceBot.Knowledge.Search;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Knowledge.Localization;

/// <summary>
/// Each language's knowledge base is searched in its own language, over its translated items and its own synonyms,
/// and a search of the source in a locale searches that language. A small translation written into a copy of the
/// content keeps these tests independent of the shipped translations.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed class LocalizedSearchTests : IDisposable
{
    private readonly ContentFolder _content = new();
    private readonly KnowledgeBase _knowledge;

    public LocalizedSearchTests()
    {
        var locales = Path.Combine(_content.Path, "locales");
        if (Directory.Exists(locales))
        {
            Directory.Delete(locales, recursive: true);
        }

        _content.Write("locales/fr/study.yml", """
            version: 1
            items:
              - id: P3
                title: "Des coopératives d'accueil admettent les personnes déplacées comme membres"
                summary: "Les coopératives existantes de la communauté d'accueil ouvrent leur adhésion aux personnes déplacées, qui deviennent copropriétaires avec droit de vote."
              - id: P7
                title: "Les rapatriés reconstruisent leurs communautés grâce aux coopératives"
                summary: "Des personnes déplacées rentrées chez elles créent des coopératives pour reconstruire leurs propres communautés."
              - id: definition.sacco
                title: "COOPEC (coopérative d'épargne et de crédit)"
                summary: "Une coopérative financière dont les membres épargnent ensemble et empruntent sur l'épargne mise en commun."
            synonyms:
              - [coopec, coopérative d'épargne et de crédit, sacco, tontine]
            """);
        _content.Write("locales/es/study.yml", """
            version: 1
            items:
              - id: P3
                title: "Cooperativas de acogida admiten a personas desplazadas como socias"
                summary: "Cooperativas ya existentes de la comunidad de acogida abren su membresía a personas desplazadas, que pasan a ser copropietarias con voto."
              - id: P7
                title: "Los retornados reconstruyen sus comunidades mediante cooperativas"
                summary: "Personas desplazadas que han vuelto a casa crean cooperativas para reconstruir sus propias comunidades."
              - id: definition.sacco
                title: "Cooperativa de ahorro y crédito (SACCO)"
                summary: "Una cooperativa financiera en la que los socios ahorran juntos y toman préstamos del ahorro común."
            synonyms:
              - [cooperativa de ahorro y crédito, sacco, caja de ahorro]
            """);
        _content.Write("locales/ar/study.yml", """
            version: 1
            items:
              - id: P3
                title: "تعاونيات المجتمع المضيف تقبل النازحين أعضاءً"
                summary: "تفتح التعاونيات القائمة في المجتمع المضيف باب العضوية أمام النازحين، فيصبحون شركاء في الملكية ولهم حق التصويت."
              - id: P7
                title: "العائدون يعيدون بناء مجتمعاتهم من خلال التعاونيات"
                summary: "ينشئ النازحون الذين عادوا إلى ديارهم تعاونيات لإعادة بناء مجتمعاتهم."
              - id: definition.sacco
                title: "تعاونية الادخار والائتمان (SACCO)"
                summary: "تعاونية مالية يدّخر فيها الأعضاء معاً ويقترضون من المدخرات المشتركة."
            synonyms:
              - [تعاونية ادخار وائتمان, sacco, صندوق ادخار]
            """);
        var result = KnowledgeLoader.Load(_content.Path);
        _knowledge = result.KnowledgeBase ?? throw new InvalidOperationException(result.Report.ToString());
    }

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("fr", "Comment des réfugiés peuvent-ils devenir membres d'une coopérative d'accueil ?", "P3")]
    [InlineData("fr", "les rapatries qui reconstruisent leur communaute", "P7")]
    [InlineData("fr", "Qu'est-ce qu'une COOPEC ?", "definition.sacco")]
    [InlineData("fr", "epargne et credit", "definition.sacco")]
    [InlineData("fr", "une tontine", "definition.sacco")]              // a French synonym of its own
    [InlineData("es", "¿Pueden los desplazados hacerse socios de una cooperativa de acogida?", "P3")]
    [InlineData("es", "retornados que reconstruyen su comunidad", "P7")]
    [InlineData("es", "ahorro y credito", "definition.sacco")]
    [InlineData("es", "una caja de ahorro", "definition.sacco")]
    [InlineData("ar", "كيف يصبح النازحون أعضاء في تعاونيات المجتمع المضيف؟", "P3")]
    [InlineData("ar", "العائدين وإعادة بناء المجتمعات", "P7")]
    [InlineData("ar", "ما هي تعاونية الإدخار والإئتمان", "definition.sacco")]
    [InlineData("ar", "صندوق ادخار", "definition.sacco")]
    public void AQuestionFindsTheTranslatedItemInItsLanguage(string locale, string question, string expected)
    {
        var language = _knowledge.In(locale);

        var results = language.Search.Search(question, maxResults: 3);

        Assert.Equal(locale, results.Locale);
        var found = results.Hits.Select(hit => hit.Id).ToList();
        Assert.True(found.Contains(expected), $"\"{question}\" should find {expected} in the top 3, found [{string.Join(", ", found)}].");
        Assert.Equal(language.Get(expected).Title, results.Hits.First(hit => hit.Id == expected).Title);
    }

    [Fact]
    public void SearchingTheSourceInALocaleSearchesThatLanguage()
    {
        var results = _knowledge.Search.Search("coopérative d'accueil", "fr-CA", 3);

        Assert.Equal("fr", results.Locale);
        Assert.Equal("P3", results.Hits[0].Id);
        Assert.StartsWith("Des coopératives", results.Hits[0].Title, StringComparison.Ordinal);
        Assert.Equal("en", _knowledge.Search.Search("host cooperatives", "pt-BR", 3).Locale);
        Assert.Equal("en", _knowledge.Search.Search("host cooperatives", null, 3).Locale);
    }

    [Fact]
    public void EachLanguageHasItsOwnIndexBuiltOnce()
    {
        Assert.NotSame(_knowledge.Search, _knowledge.In("ar").Search);
        Assert.Same(_knowledge.In("ar").Search, _knowledge.In("ar-SA").Search);
        Assert.Equal("ar", _knowledge.In("ar").Search.Locale);
    }

    [Fact]
    public void AnArabicSnippetIsAWholeSentence()
    {
        var hit = _knowledge.In("ar").Search.Search("حق التصويت", maxResults: 1).Hits.Single();

        Assert.Equal("P3", hit.Id);
        Assert.Contains("التصويت", hit.Snippet, StringComparison.Ordinal);
    }
}
