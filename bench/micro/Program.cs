using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using GuidanceBot.Bench.Micro;

// In-process: no generated project to build (the repository's Directory.Build.props would apply to it), and the
// benchmarks see the content folder copied next to this assembly. Pass BenchmarkDotNet's own arguments through,
// e.g. --filter '*Recognition*' or --job short.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(BenchData).Assembly).Run(args, config);
