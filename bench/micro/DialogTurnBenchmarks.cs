namespace GuidanceBot.Bench.Micro;

// TODO(guided flow): one dialog turn without HTTP, the figure the issue asks for besides TurnBenchmarks (which runs
// whole turns through CloudAdapter and already follows whatever the bot does). When Dialogs/Guidance has its
// dialogs, add a [MemoryDiagnoser] public class DialogTurnBenchmarks here that:
//   - in [GlobalSetup] builds the bot's dialogs as AddGuidanceDialogs registers them, over MemoryStorage, with a
//     BotAdapter subclass whose SendActivitiesAsync only collects replies (no connector), and one TurnContext
//     per turn from ProtocolJson.DeserializeActivity(BenchData.TeamsMessage(...));
//   - [Benchmark(OperationsPerInvoke = 6)] walks one conversation through BenchData.Flow (restart, five
//     answers, guidance) with IBot.OnTurnAsync, rotating over ~1000 conversation ids like TurnBenchmarks.
// Until then this file holds no benchmark, so BenchmarkDotNet does not list it.
