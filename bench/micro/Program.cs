using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using GuidanceBot.Bench.Micro;

// In-process (--inProcess is always added): no generated project to build (the repository's Directory.Build.props
// would apply to it), and the benchmarks see the content folder copied next to this assembly. BenchmarkDotNet's
// own arguments pass through, e.g. --filter '*Recognition*' or --job short. Reports go to bench/micro/BenchmarkDotNet.Artifacts.
var artifacts = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "BenchmarkDotNet.Artifacts"));
var config = DefaultConfig.Instance
    .WithArtifactsPath(artifacts);
string[] arguments = args.Contains("--inProcess") ? args : ["--inProcess", .. args];
BenchmarkSwitcher.FromAssembly(typeof(BenchData).Assembly).Run(arguments, config);
