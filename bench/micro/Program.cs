using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using GuidanceBot.Bench.Micro;

// In-process (--inProcess is always added): no generated project to build (the repository's Directory.Build.props
// would apply to it), and the benchmarks see the content folder copied next to this assembly. BenchmarkDotNet's
// own arguments pass through, e.g. --filter '*Recognition*' or --job short. Reports go to bench/micro/BenchmarkDotNet.Artifacts.
// --loop Memory|Sqlite SECONDS: run whole-flow turns in a plain loop, for a profiler (dotnet-trace) to attach to.
if (args.Length >= 1 && args[0] == "--loop")
{
    var turns = new TurnBenchmarks { Storage = args.Length > 1 ? args[1] : "Memory" };
    turns.Setup();
    var until = DateTime.UtcNow.AddSeconds(args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20);
    long flows = 0;
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var cpu0 = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
    while (DateTime.UtcNow < until)
    {
        turns.WholeFlow().GetAwaiter().GetResult();
        flows++;
    }
    var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu0;
    Console.WriteLine($"{flows * 6} turns in {watch.Elapsed.TotalSeconds:F1} s, {cpu.TotalMicroseconds / (flows * 6):F1} µs CPU per turn, " +
        $"GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, " +
        $"{GC.GetTotalAllocatedBytes() / (flows * 6.0) / 1024:F1} KB allocated per turn, server GC {System.Runtime.GCSettings.IsServerGC}");
    turns.Cleanup();
    return;
}

var artifacts = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "BenchmarkDotNet.Artifacts"));
var config = DefaultConfig.Instance
    .WithArtifactsPath(artifacts);
string[] arguments = args.Contains("--inProcess") ? args : ["--inProcess", .. args];
BenchmarkSwitcher.FromAssembly(typeof(BenchData).Assembly).Run(arguments, config);
