using GuidanceBot.Bot.Logging;
using GuidanceBot.Dialogs.State;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Storage;

/// <summary>
/// Deletes state nobody has written for <see cref="StorageOptions.Retention"/> (30 days by default), every
/// <see cref="StorageOptions.PurgeInterval"/>, in whichever back end is configured. Keys under
/// <see cref="DirectLineKeyPrefix"/> are left alone: the embedded Direct Line deletes its transcripts on its own,
/// shorter schedule and keeps an index of them that must not lose entries behind its back. Safe to run on several
/// instances at once: deletes are idempotent and skip items written meanwhile.
/// </summary>
public sealed class StorageRetention(
    IStorage storage,
    TimeProvider time,
    IOptions<StorageOptions> options,
    ILogger<StorageRetention> logger) : BackgroundService
{
    public const string DirectLineKeyPrefix = "directline-service/";

    private int _passes;

    /// <summary>Purges run so far, whether they deleted anything or not (a signal for tests and diagnostics).</summary>
    public int Passes => Volatile.Read(ref _passes);

    /// <summary>Runs one purge now; returns how many items were deleted.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        if (storage is not IExpiringStorage expiring)
        {
            return 0;
        }

        var cutoff = time.GetUtcNow() - options.Value.Retention;
        var deleted = await expiring.PurgeOlderThanAsync(cutoff, DirectLineKeyPrefix, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _passes);
        if (deleted > 0)
        {
            BotLog.StoragePurged(logger, deleted, options.Value.Retention);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // never purge inside host start-up
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, time);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                BotLog.StoragePurgeFailed(logger, ExceptionSummary.Describe(error));
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
