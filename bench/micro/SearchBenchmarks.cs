using BenchmarkDotNet.Attributes;
using GuidanceBot.Knowledge.Search;

namespace GuidanceBot.Bench.Micro;

/// <summary>One search over the study (the index is built once per content version, in the setup here).</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    [Params(
        "what is a SACCO",
        "Refugees in our country cannot legally register a cooperative. What are our options?")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _ = BenchData.Knowledge.Search;

    [Benchmark]
    public SearchResults Search() => BenchData.Knowledge.Search.Search(Question);
}
