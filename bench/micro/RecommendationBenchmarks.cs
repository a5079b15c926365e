using BenchmarkDotNet.Attributes;
using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Recommendations;

namespace GuidanceBot.Bench.Micro;

/// <summary>Context → ranked guidance, for the benchmark flow's answers and for a fuller context.</summary>
[MemoryDiagnoser]
public class RecommendationBenchmarks
{
    private static readonly GuidanceContext FlowAnswers = new()
    {
        Membership = "mixed", LegalEnvironment = "can-join", Stage = "new", Needs = ["livelihoods"], Role = "ngo",
    };

    private static readonly GuidanceContext ManyNeeds = new()
    {
        Membership = "displaced", LegalEnvironment = "informal-only", Stage = "existing",
        Needs = ["finance", "women", "skills", "social-cohesion"], Role = "international", CooperativeType = "producer",
    };

    [GlobalSetup]
    public void Setup() => _ = BenchData.Knowledge;

    [Benchmark(Description = "the flow's answers")]
    public Guidance Flow() => RecommendationEngine.Recommend(BenchData.Knowledge, FlowAnswers);

    [Benchmark(Description = "four needs, cooperative type")]
    public Guidance Fuller() => RecommendationEngine.Recommend(BenchData.Knowledge, ManyNeeds);
}
