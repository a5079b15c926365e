using System.Diagnostics;
using GuidanceBot.Bot.Logging;
using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Interpretation;
using GuidanceBot.Knowledge.Search;

namespace GuidanceBot.Bot.Hosting;

/// <summary>
/// Builds the search index and the description reader of the content in service in the background, a moment after
/// the host has started, so the first turns after a (re)start get the CPU first (on two cores, building them
/// alongside made the first turn wait). Nothing waits for this: both are built on first use, once, so a question
/// asked before the warm-up is answered correctly, only later; readiness is not affected.
/// </summary>
public sealed class KnowledgeWarmUp(
    KnowledgeBaseProvider provider,
    IHostApplicationLifetime lifetime,
    ILogger<KnowledgeWarmUp> logger) : BackgroundService
{
    /// <summary>Long enough for the first turns after start-up (about 0.1–0.3 s each while their code is compiled).</summary>
    internal static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await WhenStarted(stoppingToken);
            await Task.Delay(Delay, stoppingToken);
            var clock = Stopwatch.StartNew();
            var knowledge = provider.Current;
            _ = knowledge.Search;
            _ = ContextInterpreter.Interpret(knowledge, "", null);
            KnowledgeLog.WarmedUp(logger, knowledge.Version, (long)clock.Elapsed.TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before the warm-up: the first use builds them.
        }
        catch (Exception exception)
        {
            // Not a reason to stop serving the guided flow; searches report the same failure when they need the index.
            KnowledgeLog.WarmUpFailed(logger, exception);
        }
    }

    private Task WhenStarted(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(stoppingToken);
    }
}
