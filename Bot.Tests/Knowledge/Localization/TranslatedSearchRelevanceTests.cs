using GuidanceBot.Knowledge.Search;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Knowledge.Localization;

/// <summary>
/// Staff questions in French, Spanish and Arabic, written as practitioners ask them, each find a right item of the
/// shipped translation in the top 3. Where several items answer a question, any of them counts.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed class TranslatedSearchRelevanceTests
{
    public static TheoryData<string, string, string> Questions => new()
    {
        { "fr", "Comment l'OIT définit-elle une coopérative ?", "definition.cooperative" },
        { "fr", "Qu'est-ce que l'économie sociale et solidaire ?", "definition.sse definition.sseo" },
        { "fr", "Les réfugiés peuvent-ils adhérer à une coopérative existante de la communauté d'accueil ?", "P3" },
        { "fr", "Notre organisation internationale peut-elle réunir réfugiés et communauté d'accueil dans une même coopérative ?", "P6" },
        { "fr", "Comment les coopératives aident-elles les rapatriés à reconstruire leur communauté ?", "P7 membership.returnee" },
        { "fr", "quelles sont les sept voies d'engagement des coopératives", "P1 P2 P3 P4 P5 P6 P7" },
        { "fr", "qu'est-ce qu'une SACCO", "definition.sacco" },
        { "fr", "Les coopératives d'épargne et de crédit en Ouganda", "example.A3 example.C3 definition.sacco" },
        { "fr", "Quels sont les principaux obstacles pour les coopératives en situation de déplacement ?", "challenge.C1 challenge.C2 challenge.C3 challenge.C4 challenge.prospects-field" },
        { "fr", "Les réfugiés ne peuvent pas enregistrer légalement une coopérative : quelles options ?", "legal.study-view definition.self-help-group action.route-to-recognition lesson.L4 pitfall.formal-membership-blocked" },
        { "fr", "permis de travail des réfugiés syriens en Jordanie", "example.A1 legal.jordan" },
        { "fr", "cohésion sociale et consolidation de la paix", "characteristic.K6 characteristic.K1 benefit.social-cohesion role.S2 role.S6" },
        { "fr", "Faut-il passer par les fédérations et les organisations faîtières ?", "lesson.L6 definition.apex-federation insight.intermediary-ecosystem advice.ngo.federation-entry action.contact-federation" },
        { "fr", "Combien de personnes déplacées de force en 2018 ?", "figure.displaced-2018 figure.global-trends-2018" },
        { "fr", "une coopérative de femmes réfugiées et locales", "example.A2 example.B6" },
        { "fr", "Recommandation 193", "legal.r193 figure.r193-countries definition.cooperative" },

        { "es", "¿Cómo define la OIT una cooperativa?", "definition.cooperative" },
        { "es", "¿Qué es la economía social y solidaria?", "definition.sse definition.sseo" },
        { "es", "¿Pueden los refugiados ser socios de una cooperativa existente de la comunidad de acogida?", "P3" },
        { "es", "¿Puede una organización internacional reunir a refugiados y comunidad de acogida en cooperativas?", "P6" },
        { "es", "¿Cómo ayudan las cooperativas a los retornados a reconstruir sus comunidades?", "P7 membership.returnee" },
        { "es", "¿Qué es un grupo de autoayuda?", "definition.self-help-group" },
        { "es", "qué es una SACCO", "definition.sacco" },
        { "es", "cooperativas de ahorro y crédito para refugiados en Uganda", "example.A3 example.C3 definition.sacco" },
        { "es", "¿Cuáles son los principales obstáculos de las cooperativas en contextos de desplazamiento?", "challenge.C1 challenge.C2 challenge.C3 challenge.C4 challenge.prospects-field" },
        { "es", "Los refugiados no pueden registrar legalmente una cooperativa, ¿qué opciones tenemos?", "legal.study-view definition.self-help-group action.route-to-recognition lesson.L4 pitfall.formal-membership-blocked" },
        { "es", "permisos de trabajo para refugiados sirios en Jordania", "example.A1 legal.jordan" },
        { "es", "cohesión social y construcción de paz", "characteristic.K6 characteristic.K1 benefit.social-cohesion role.S2 role.S6" },
        { "es", "¿Debemos trabajar con federaciones y organizaciones de segundo grado?", "lesson.L6 definition.apex-federation insight.intermediary-ecosystem advice.ngo.federation-entry action.contact-federation" },
        { "es", "¿Cuántas personas desplazadas por la fuerza había en 2018?", "figure.displaced-2018 figure.global-trends-2018" },
        { "es", "una cooperativa de mujeres refugiadas y locales", "example.A2 example.B6" },
        { "es", "Recomendación 193", "legal.r193 figure.r193-countries definition.cooperative" },

        { "ar", "ما تعريف التعاونية؟", "definition.cooperative" },
        { "ar", "ما هو الاقتصاد الاجتماعي والتضامني؟", "definition.sse definition.sseo" },
        { "ar", "هل يمكن للاجئين الانضمام إلى تعاونية قائمة في المجتمع المضيف؟", "P3" },
        { "ar", "نريد تأسيس تعاونية مشتركة بين اللاجئين والمجتمع المضيف", "P6" },
        { "ar", "كيف تساعد التعاونيات العائدين على إعادة بناء مجتمعاتهم؟", "P7 membership.returnee" },
        { "ar", "ما هي مجموعات المساعدة الذاتية؟", "definition.self-help-group benefit.informal-forms" },
        { "ar", "ما هي SACCO", "definition.sacco" },
        { "ar", "تعاونيات الادخار والائتمان للاجئين في أوغندا", "example.A3 example.C3 definition.sacco" },
        { "ar", "لماذا لا يثق الناس بالتعاونيات وكيف نبني الثقة مع اللاجئين؟", "challenge.C1 challenge.C2 challenge.C3 challenge.C4 challenge.prospects-field" },
        { "ar", "لا يستطيع اللاجئون تسجيل تعاونية قانونياً، فما الخيارات المتاحة؟", "legal.study-view definition.self-help-group action.route-to-recognition lesson.L4 pitfall.formal-membership-blocked" },
        { "ar", "تصاريح العمل للاجئين السوريين في الأردن", "example.A1 legal.jordan" },
        { "ar", "التماسك الاجتماعي وبناء السلام", "characteristic.K6 characteristic.K1 benefit.social-cohesion role.S2 role.S6" },
        { "ar", "هل نعمل عبر الاتحادات التعاونية والهيئات العليا؟", "lesson.L6 definition.apex-federation insight.intermediary-ecosystem advice.ngo.federation-entry action.contact-federation" },
        { "ar", "كم عدد النازحين قسراً في عام 2018؟", "figure.displaced-2018 figure.global-trends-2018" },
        { "ar", "تعاونية نسائية تجمع لاجئات ونساء من المجتمع المضيف", "example.A2 example.B6" },
        { "ar", "التوصية رقم ١٩٣", "legal.r193 figure.r193-countries definition.cooperative" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void TheRightItemIsInTheTopThree(string locale, string question, string acceptable)
    {
        var results = ShippedContent.KnowledgeBase.In(locale).Search.Search(question, maxResults: 3);

        Assert.Equal(locale, results.Locale);
        var found = results.Hits.Select(hit => hit.Id).ToList();
        Assert.True(
            found.Intersect(acceptable.Split(' ')).Any(),
            $"\"{question}\" ({locale}) should find one of [{acceptable}] in the top 3, found [{string.Join(", ", found)}].");
    }

    [Fact]
    public void ThereAreAtLeastFifteenQuestionsPerLanguage()
    {
        foreach (var locale in new[] { "fr", "es", "ar" })
        {
            Assert.True(Questions.Count(row => (string)row[0] == locale) >= 15, locale);
        }
    }

    [Fact]
    public void ShippedTranslationsAreSearchedInTheirOwnWords()
    {
        // Titles come back in the language asked, so an answer never mixes languages.
        var hit = ShippedContent.KnowledgeBase.In("es").Search.Search("cooperativas de ahorro y crédito").Hits[0];

        Assert.DoesNotContain("[EN]", hit.Title, StringComparison.Ordinal);
        Assert.Equal(ShippedContent.KnowledgeBase.In("es").Get(hit.Id).Title, hit.Title);
    }
}
