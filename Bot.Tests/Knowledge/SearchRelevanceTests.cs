using GuidanceBot.Knowledge.Search;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Knowledge;

/// <summary>
/// Staff questions (the thirty of the study fact sheet §8, then our own) each find a right item in the top 3.
/// Where several items answer a question, any of them counts.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed class SearchRelevanceTests
{
    public static TheoryData<string, string> Questions => new()
    {
        { "What is the ILO's 2020 mapping study on cooperatives and forced displacement, and who commissioned it?", "study.about" },
        { "Who wrote the report, when was it published, and what is its ISBN?", "study.author" },
        { "What was the study trying to find out?", "study.objective" },
        { "How was the research done, and how many people were interviewed?", "study.method" },
        { "How many people were forcibly displaced when the study was written, and how long do refugees typically stay in exile?", "figure.displaced-2018 figure.exile-five-years" },
        { "How does the ILO define a cooperative?", "definition.cooperative" },
        { "What is the social and solidarity economy, and which organisations count as SSEOs?", "definition.sse definition.sseo" },
        { "Which kinds of cooperatives support displaced people?", "type.consumer type.worker type.producer type.multi-stakeholder" },
        { "What are the four membership structures the study identifies?", "membership.host membership.displaced membership.mixed membership.returnee" },
        { "What are the seven pathways through which cooperatives engage displaced and host communities?", "P1 P2 P3 P4 P5 P6 P7" },
        { "Can refugees join an existing host-community cooperative as members rather than only as workers?", "P3" },
        { "We want to organise refugees and hosts into a joint cooperative. What does the study say about that route?", "P6" },
        { "How can cooperatives help people who are returning home?", "P7" },
        { "What economic or practical services do cooperatives provide in displacement settings?", "role.E1 role.E2 role.E3 role.E4 role.E5 role.integrated" },
        { "How do cooperatives contribute to social cohesion and peacebuilding?", "characteristic.K6 characteristic.K1 benefit.social-cohesion role.S2 role.S6" },
        { "What do other SSE organisations, such as mutuals or self-help groups, add?", "benefit.informal-forms benefit.social-protection benefit.social-cohesion definition.mutual definition.self-help-group" },
        { "What makes a cooperative pathway successful?", "characteristic.K1 characteristic.K2 characteristic.K3 characteristic.K4 characteristic.K5 characteristic.K6" },
        { "Which operational conditions help cooperatives thrive?", "operational.O1 operational.O2 operational.O3" },
        { "What role should international agencies like ours play, and what should we avoid?", "international.principle advice.international.listen lesson.L3" },
        { "Is there a risk in scaling up cooperatives quickly with donor money?", "pitfall.outside-driven advice.international.pace lesson.L3" },
        { "What are the main barriers cooperatives face in displacement contexts?", "challenge.C1 challenge.C2 challenge.C3 challenge.C4 challenge.prospects-field" },
        { "Refugees in our country cannot legally register a cooperative. What are our options?", "legal.study-view definition.self-help-group action.route-to-recognition lesson.L4 pitfall.formal-membership-blocked" },
        { "Does a cooperative need formal legal registration to be worthwhile?", "lesson.L4 benefit.informal-forms legal.study-view" },
        { "Who are good local entry points or partners: federations, apex bodies, intermediaries?", "lesson.L6 definition.apex-federation insight.intermediary-ecosystem advice.ngo.federation-entry action.contact-federation" },
        { "Should we contract cooperatives directly as implementing partners?", "lesson.L5 advice.partner-directly slide.development-partners" },
        { "What is an example of a mixed refugee–host women's cooperative?", "example.A2 example.B6" },
        { "How do Jordanian cooperatives help Syrian refugees get work permits?", "example.A1 legal.jordan" },
        { "What role do savings and credit cooperatives (SACCOs) play for refugees in Uganda?", "example.A3 example.C3" },
        { "What next steps did the study recommend?", "next-step.N1 next-step.N2 next-step.N3" },
        { "What knowledge gaps remain, for example on IDPs, women's cooperatives or the economics of refugee co-ops?", "next-step.N3 study.gaps" },
        { "Can Syrians found a co-op in Turkey?", "legal.turkey example.A2" },
        { "How many IDPs were there in 2018?", "figure.global-trends-2018" },
        { "what is a SACCO", "definition.sacco" },
        { "structure matters", "slide.structure-matters lesson.L2" },
        { "handouts hurting a refugee savings group", "pitfall.handouts example.C3" },
        { "host coop hiring refugees", "P2" },
        { "training displaced people to set up their own coop", "P4 advice.federation.train-founders" },
        { "What is Recommendation 193?", "legal.r193 figure.r193-countries definition.cooperative" },
        { "can refugees in Ethiopia open bank accounts", "legal.ethiopia" },
        { "savings groups for refugees who cannot register a cooperative", "definition.self-help-group benefit.informal-forms lesson.L4" },
        { "what is the intermediary ecosystem", "insight.intermediary-ecosystem" },
        { "returnees", "P7 membership.returnee" },
        { "health insurance for the displaced", "benefit.social-protection definition.mutual" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void TheRightItemIsInTheTopThree(string question, string acceptable)
    {
        var results = ShippedContent.KnowledgeBase.Search.Search(question, maxResults: 3);

        var found = results.Hits.Select(hit => hit.Id).ToList();
        Assert.True(
            found.Intersect(acceptable.Split(' ')).Any(),
            $"\"{question}\" should find one of [{acceptable}] in the top 3, found [{string.Join(", ", found)}].");
    }

    [Fact]
    public void ThereAreAtLeastThirtyQuestions() => Assert.True(Questions.Count >= 30);

    [Fact]
    public void HitsCarryASnippetFromTheItemAndItsSources()
    {
        var hit = ShippedContent.KnowledgeBase.Search.Search("work permits for Syrian refugees in Jordan").Hits[0];

        Assert.Equal("example.A1", hit.Id);
        Assert.Contains("work permits", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains(hit.Sources, source => source.Url is not null && source.Evidence is "D" or "X");
    }

    [Fact]
    public void SnippetsAreWholeSentencesEvenAroundAbbreviations()
    {
        var hit = ShippedContent.KnowledgeBase.Search.Search("ICA statement on the cooperative identity").Hits.Single(h => h.Id == "definition.cooperative");

        Assert.StartsWith("This is the definition of ILO Recommendation No. 193 (2002)", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void SynonymsFindTheSameItems()
    {
        var search = ShippedContent.KnowledgeBase.Search;

        Assert.Equal("definition.cooperative", search.Search("define co-op").Hits[0].Id);
        Assert.Equal("definition.cooperative", search.Search("define coop").Hits[0].Id);
        Assert.Contains("definition.sacco", search.Search("credit union").Hits.Take(3).Select(h => h.Id));
    }

    [Fact]
    public void AQuestionOfOnlyStopWordsFindsNothing()
    {
        Assert.Empty(ShippedContent.KnowledgeBase.Search.Search("what is the").Hits);
    }

    [Fact]
    public void TheIndexIsBuiltOncePerContentVersion()
    {
        Assert.Same(ShippedContent.KnowledgeBase.Search, ShippedContent.KnowledgeBase.Search);
        Assert.Equal("en", SearchLanguages.Resolve("en-GB").Code);
        Assert.Equal("ar", SearchLanguages.Resolve("ar-JO").Code);
        Assert.Equal("fr", SearchLanguages.Resolve("fr_CA").Code);
        Assert.Equal("en", SearchLanguages.Resolve("pt-BR").Code);
    }
}
