using BenchmarkDotNet.Attributes;
using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Recommendations;

namespace GuidanceBot.Bench.Micro;

/// <summary>Cards built from content into attachments, as the last turn of the flow builds them.</summary>
[MemoryDiagnoser]
public class CardBenchmarks
{
    private Guidance _guidance = null!;
    private Dictionary<string, (IReadOnlyList<string> Values, string? AnsweredBy)> _answers = [];
    private byte[] _questionTemplate = [];

    [GlobalSetup]
    public void Setup()
    {
        var context = new GuidanceContext
        {
            Membership = "mixed", LegalEnvironment = "can-join", Stage = "new", Needs = ["livelihoods"], Role = "ngo",
        };
        _guidance = RecommendationEngine.Recommend(BenchData.Knowledge, context);
        _answers = BenchData.Knowledge.Questions.All.ToDictionary(
            question => question.Slot,
            question => ((IReadOnlyList<string>)context.Values(question.Slot), (string?)null));
        _questionTemplate = AdaptiveCardJson.ToUtf8(QuestionCard.Build(
            BenchData.Knowledge.Responses, BenchData.Knowledge.Questions.Get("needs"), CardIdTemplate.Placeholder, 4, 5, note: null, showHelp: false, isRetry: false));
    }

    [Benchmark(Description = "guidance card")]
    public Attachment Guidance() => AdaptiveCardJson.ToAttachment(GuidanceCard.Build(BenchData.Knowledge.Responses, _guidance));

    [Benchmark(Description = "summary card")]
    public Attachment Summary() =>
        AdaptiveCardJson.ToAttachment(SummaryCard.Build(BenchData.Knowledge.Responses, BenchData.Knowledge.Questions, _answers));

    [Benchmark(Description = "question card")]
    public Attachment Question() => AdaptiveCardJson.ToAttachment(QuestionCard.Build(
        BenchData.Knowledge.Responses, BenchData.Knowledge.Questions.Get("needs"), "c4", 4, 5, note: null, showHelp: false, isRetry: false));

    [Benchmark(Description = "question card from its rendered template (what a turn does)")]
    public Attachment QuestionFromTemplate() => AdaptiveCardJson.ToAttachment(CardIdTemplate.Fill(_questionTemplate, "c4"));

    [Benchmark(Description = "welcome card")]
    public Attachment Welcome() => AdaptiveCardJson.ToAttachment(WelcomeCard.Build(BenchData.Knowledge.Responses));
}
