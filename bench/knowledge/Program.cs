using System.Diagnostics;
using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Interpretation;
using GuidanceBot.Knowledge.Loading;
using GuidanceBot.Knowledge.Recommendations;
using GuidanceBot.Knowledge.Search;

// Measures one call at a time, as the API and the bot make them, over the shipped content.
var load = Stopwatch.StartNew();
var result = KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "Content"));
var knowledge = result.KnowledgeBase ?? throw new InvalidOperationException(result.Report.ToString());
Console.WriteLine($"load + validate: {load.Elapsed.TotalMilliseconds:F1} ms ({knowledge.Items.Count} items)");
var build = Stopwatch.StartNew();
_ = knowledge.Search;
Console.WriteLine($"search index build (once per content version): {build.Elapsed.TotalMilliseconds:F1} ms");
var compile = Stopwatch.StartNew();
_ = ContextInterpreter.Interpret(knowledge, "", null);
Console.WriteLine($"interpretation phrases compile (once per content version): {compile.Elapsed.TotalMilliseconds:F1} ms");

string[] questions =
[
    "What role should international agencies like ours play, and what should we avoid?",
    "Refugees in our country cannot legally register a cooperative. What are our options?",
    "what is a SACCO",
    "How do Jordanian cooperatives help Syrian refugees get work permits?",
    "What makes a cooperative pathway successful?",
];
string[] descriptions =
[
    "We support Syrian women refugees in Gaziantep; they may join Turkish cooperatives but cannot register their own",
    "I'm with UNHCR in Kakuma. Refugees here are not allowed to form cooperatives, they can only organise in self-help groups. Main needs: income, savings and loans.",
    "hello",
    "We are a dairy cooperative in Jordan with 120 Jordanian members and we want to include Syrian refugees as members. The law is unclear on whether they can register their own cooperatives, and there are tensions in the town. We would like training for the new members, access to credit, and childcare so that women can take part in meetings. Our federation supports us.",
    "Refugess in Lebanon cant register there own cooperatives, we need loans and childcare",
];
GuidanceContext[] contexts =
[
    new() { Membership = "displaced", LegalEnvironment = "informal-only", Stage = "new", Needs = ["finance", "women"], Role = "international" },
    new() { Membership = "host", LegalEnvironment = "can-join", Stage = "existing", Needs = ["livelihoods"], Role = "cooperative", CooperativeType = "producer" },
    new() { Membership = "mixed" },
    new() { Membership = "returnee", LegalEnvironment = "unknown", Needs = ["social-cohesion", "health", "skills"], Role = "ngo" },
];

Measure("search", 20_000, i => knowledge.Search.Search(questions[i % questions.Length]));
Measure("recommend", 20_000, i => RecommendationEngine.Recommend(knowledge, contexts[i % contexts.Length]));
Measure("interpret", 20_000, i => ContextInterpreter.Interpret(knowledge, descriptions[i % descriptions.Length], "en"));
Measure("what-if", 10_000, i => RecommendationEngine.WhatIf(knowledge, contexts[i % contexts.Length], contexts[(i + 1) % contexts.Length]));

static void Measure(string name, int calls, Func<int, object> call)
{
    for (var i = 0; i < calls / 4; i++)
    {
        call(i); // warm-up: tiered JIT and caches
    }

    var samples = new double[calls];
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    for (var i = 0; i < calls; i++)
    {
        var start = Stopwatch.GetTimestamp();
        call(i);
        samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
    Array.Sort(samples);
    Console.WriteLine($"{name,-10} mean {samples.Average(),7:F1} µs   p50 {samples[calls / 2],7:F1} µs   p99 {samples[calls * 99 / 100],7:F1} µs   {allocated / calls / 1024.0,6:F1} KiB/call");
}
