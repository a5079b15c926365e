using BenchmarkDotNet.Attributes;
using GuidanceBot.Dialogs.Engine.Prompts;
using GuidanceBot.Dialogs.Engine.Recognizers;

namespace GuidanceBot.Bench.Micro;

/// <summary>Typed answers recognised against the content's options, from the cheapest reading to the dearest.</summary>
[MemoryDiagnoser]
public class RecognitionBenchmarks
{
    private List<Choice> _legal = [];
    private List<Choice> _needs = [];

    [GlobalSetup]
    public void Setup()
    {
        _legal = BenchData.Choices("legalEnvironment");
        _needs = BenchData.Choices("needs");
    }

    [Benchmark(Description = "synonym, exact")]
    public object Exact() => ChoiceRecognizer.Recognize("can join", _legal, "en-US");

    [Benchmark(Description = "ordinal in words")]
    public object Ordinal() => ChoiceRecognizer.Recognize("the second one", _legal, "en-US");

    [Benchmark(Description = "inside a sentence")]
    public object Contained() => ChoiceRecognizer.Recognize("I think refugees can only join existing ones here", _legal, "en-US");

    [Benchmark(Description = "with a typo")]
    public object Typo() => ChoiceRecognizer.Recognize("informl only", _legal, "en-US");

    [Benchmark(Description = "several needs")]
    public object Many() => ChoiceRecognizer.RecognizeMany("jobs, training and women", _needs, "en-US");
}
