using BenchmarkDotNet.Attributes;
using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Bench.Micro;

/// <summary>Cards built from content into attachments, as a turn builds them.</summary>
[MemoryDiagnoser]
public class CardBenchmarks
{
    [GlobalSetup]
    public void Setup() => _ = BenchData.Knowledge;

    [Benchmark(Description = "welcome card")]
    public Attachment Welcome() => AdaptiveCardJson.ToAttachment(WelcomeCard.Build(BenchData.Knowledge.Responses));

    // TODO(guided flow): the guidance card, the figure the issue asks for. When Dialogs/Cards has the card that shows
    // RecommendationEngine's result, add here:
    //   [GlobalSetup] compute once: var guidance = RecommendationEngine.Recommend(BenchData.Knowledge, <the flow's answers,
    //                 as in RecommendationBenchmarks.FlowAnswers>);
    //   [Benchmark(Description = "guidance card")] public Attachment Guidance() => AdaptiveCardJson.ToAttachment(<GuidanceCard>.Build(guidance, ...));
    //   and the summary card of the answers the same way.
}
