using GuidanceBot.Knowledge.Answers;
using GuidanceBot.Knowledge.Responses;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Knowledge.Answers;

/// <summary>
/// Questions agency staff ask get a composed answer: a right item is among those the answer rests on, the answer
/// is short, at most three related items follow, and the sources are numbered once each.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed class AnswerComposerTests
{
    private static readonly GuidanceBot.Knowledge.KnowledgeBase Knowledge = ShippedContent.KnowledgeBase;

    /// <summary>A staff question and the item ids acceptable as the answer's first basis.</summary>
    public static TheoryData<string, string> StaffQuestions => new()
    {
        { "What is a SACCO?", "definition.sacco" },
        { "Can refugees join cooperatives in Jordan?", "legal.jordan" },
        { "Are Syrian refugees allowed to found a cooperative in Turkey?", "legal.turkey" },
        { "Is it legal for refugees to register a cooperative in Uganda?", "legal.uganda" },
        { "Can refugees in Kakuma join a cooperative?", "legal.kenya" },
        { "How do we start a savings group?", "advice.how-to.savings-group" },
        { "What should an international agency avoid?", "pitfall.outside-driven advice.international.pace advice.international.listen international.principle" },
        { "How do I convince a host cooperative to accept refugees as members?", "advice.how-to.host-membership" },
        { "how can we persuade a local coop to take refugees in as members", "advice.how-to.host-membership" },
        { "What is a self-help group?", "definition.self-help-group" },
        { "What does SSE stand for?", "definition.sse" },
        { "How does the ILO define a cooperative?", "definition.cooperative" },
        { "What is an apex body?", "definition.apex-federation" },
        { "What role should international agencies like ours play, and what should we avoid?", "international.principle advice.international.listen lesson.L3 pitfall.outside-driven advice.international.pace" },
        { "Is there a risk in scaling up cooperatives quickly with donor money?", "pitfall.outside-driven advice.international.pace lesson.L3" },
        { "What are the main barriers cooperatives face in displacement contexts?", "challenge.C1 challenge.C2 challenge.C3 challenge.C4 challenge.prospects-field" },
        { "Refugees in our country cannot legally register a cooperative. What are our options?", "lesson.L4 action.route-to-recognition legal.study-view definition.self-help-group pitfall.formal-membership-blocked benefit.informal-forms" },
        { "Does a cooperative need formal legal registration to be worthwhile?", "lesson.L4 benefit.informal-forms legal.study-view" },
        { "Who are good local entry points or partners: federations, apex bodies, intermediaries?", "lesson.L6 definition.apex-federation insight.intermediary-ecosystem advice.ngo.federation-entry action.contact-federation" },
        { "Should we contract cooperatives directly as implementing partners?", "lesson.L5 advice.partner-directly slide.development-partners" },
        { "What is an example of a mixed refugee–host women's cooperative?", "example.A2 example.B6" },
        { "How do Jordanian cooperatives help Syrian refugees get work permits?", "example.A1 legal.jordan" },
        { "What role do savings and credit cooperatives (SACCOs) play for refugees in Uganda?", "example.A3 example.C3" },
        { "What next steps did the study recommend?", "next-step.N1 next-step.N2 next-step.N3 action.build-learning" },
        { "Can refugees join an existing host-community cooperative as members rather than only as workers?", "P3 advice.how-to.host-membership advice.cooperative.open-doors" },
        { "How can cooperatives help people who are returning home?", "P7" },
        { "What makes a cooperative pathway successful?", "characteristic.K1 characteristic.K2 characteristic.K3 characteristic.K4 characteristic.K5 characteristic.K6" },
        { "How do cooperatives contribute to social cohesion and peacebuilding?", "characteristic.K6 characteristic.K1 benefit.social-cohesion role.S2 role.S6" },
        { "Who wrote the report and when was it published?", "study.author" },
        { "How many people were forcibly displaced when the study was written?", "figure.displaced-2018 figure.global-trends-2018" },
        { "What is Recommendation 193?", "legal.r193 figure.r193-countries definition.cooperative" },
        { "How do we avoid handouts undermining a refugee savings group?", "pitfall.handouts advice.how-to.savings-group example.C3" },
        { "How should a federation support refugee cooperatives?", "advice.federation.coach lesson.L6 advice.federation.train-founders" },
        { "What should a government do to help cooperatives formalise?", "advice.government.legal-framework operational.O1" },
        { "How do co-ops get bank accounts for refugees without documents in Ethiopia?", "legal.ethiopia example.C2" },
    };

    [Theory]
    [MemberData(nameof(StaffQuestions))]
    public void AStaffQuestionGetsAShortAnswerFromARightItem(string question, string acceptable)
    {
        var answer = AnswerComposer.Compose(Knowledge, question, "en");

        Assert.True(answer.Found, $"No answer for \"{question}\".");
        Assert.True(answer.Basis.Intersect(acceptable.Split(' ')).Any(), $"\"{question}\" ({answer.QuestionKind}) rests on {string.Join(", ", answer.Basis)}; related {string.Join(", ", answer.Related.Select(related => related.Id))}; expected one of {acceptable}.");
        Assert.False(string.IsNullOrWhiteSpace(answer.Answer));
        Assert.True(answer.Answer.Length <= AnswerComposer.MaxAnswerLength + 200, $"The answer is too long ({answer.Answer.Length}): {answer.Answer}");
        Assert.InRange(answer.Related.Count, 0, AnswerComposer.MaxRelated);
        Assert.DoesNotContain(answer.Related, related => answer.Basis.Contains(related.Id));
        Assert.Equal(Enumerable.Range(1, answer.Citations.Count), answer.Citations.Select(citation => citation.Number));
        Assert.Equal(answer.Citations.Count, answer.Citations.Select(citation => (citation.Source.Document, citation.Source.Section, citation.Source.Url)).Distinct().Count());
        Assert.Contains("[1]", answer.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvincingAHostCooperativeAnswersWithWhatToDo()
    {
        var answer = AnswerComposer.Compose(Knowledge, "How do I convince a host cooperative to accept refugees as members?", "en");

        Assert.Equal("how-to", answer.QuestionKind);
        Assert.Equal("advice.how-to.host-membership", answer.Basis[0]);
        Assert.Contains("articles", answer.Answer, StringComparison.Ordinal);
        Assert.Contains("federation", answer.Answer, StringComparison.Ordinal);
        Assert.Contains("members", answer.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Basis, id => id.StartsWith("definition.", StringComparison.Ordinal));
    }

    [Fact]
    public void ALegalQuestionAboutACountryIsAnsweredByItsNoteWithDateAndCaution()
    {
        var answer = AnswerComposer.Compose(Knowledge, "Can refugees join cooperatives in Jordan?", "en");

        Assert.Equal("legal", answer.QuestionKind);
        Assert.Equal("jordan", answer.Country);
        Assert.Equal(["legal.jordan"], answer.Basis);
        Assert.Contains("as of 2025", answer.Answer, StringComparison.Ordinal);
        Assert.Contains(Knowledge.Responses.Get(ResponseKeys.LegalCheckLocally), answer.Answer, StringComparison.Ordinal);
        var note = Assert.Single(answer.LegalNotes);
        Assert.Equal("2025", note.AsOf);
    }

    [Fact]
    public void AnotherQuestionNamingAPlaceCarriesThatCountrysLegalNote()
    {
        var answer = AnswerComposer.Compose(Knowledge, "How do we start a savings group with refugees in Nakivale?", "en");

        Assert.Equal("uganda", answer.Country);
        Assert.Equal("advice.how-to.savings-group", answer.Basis[0]);
        var note = Assert.Single(answer.LegalNotes);
        Assert.Equal("legal.uganda", note.Id);
        Assert.Equal(Knowledge.Responses.Get(ResponseKeys.LegalCheckLocally), note.Caution);
        Assert.Contains(answer.Citations, citation => note.Sources.Contains(citation.Source));
    }

    [Fact]
    public void ALegalQuestionWithoutACountryUsesTheOneTheConversationNamed()
    {
        var withoutCountry = AnswerComposer.Compose(Knowledge, "Can refugees legally register a cooperative here?", "en");
        var remembered = AnswerComposer.Compose(Knowledge, "Can refugees legally register a cooperative here?", "en", rememberedCountry: "turkey");

        Assert.Null(withoutCountry.Country);
        Assert.Empty(withoutCountry.LegalNotes);
        Assert.Equal("turkey", remembered.Country);
        Assert.Equal("legal.turkey", remembered.Basis[0]);
    }

    [Fact]
    public void NothingFoundGivesTheNoResultsSentenceAndNoBasis()
    {
        var answer = AnswerComposer.Compose(Knowledge, "zzzz qqqq", "en");

        Assert.False(answer.Found);
        Assert.Equal(Knowledge.Responses.Get("search.noResults"), answer.Answer);
        Assert.Empty(answer.Citations);
        Assert.Empty(answer.Related);
    }
}
