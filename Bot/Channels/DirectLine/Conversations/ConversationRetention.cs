using GuidanceBot.Bot.Channels.DirectLine.Tokens;
using GuidanceBot.Bot.Logging;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.DirectLine.Conversations;

/// <summary>
/// Deletes Direct Line transcripts <see cref="DirectLineOptions.ConversationRetention"/> after their last
/// activity (24 hours by default): long enough for Web Chat to resume after a restart or a lost connection,
/// short enough that typed messages do not linger. Runs every few minutes; safe to run on several instances.
/// </summary>
public sealed class ConversationRetention(
    ConversationStore store,
    RetentionIndex index,
    DirectLineSecret secret,
    TimeProvider time,
    IOptions<DirectLineOptions> options,
    ILogger<ConversationRetention> logger) : BackgroundService
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan FirstSweepLookBack = TimeSpan.FromDays(7);
    private const int MaxHoursPerSweep = 24 * 31;

    /// <summary>Deletes every conversation due by now; returns how many were deleted.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var retention = options.Value.ConversationRetention;
        var due = RetentionIndex.HourOf(now - retention); // buckets of earlier hours hold only expired activity times
        var first = await index.ReadCursorAsync(cancellationToken).ConfigureAwait(false) ?? due - FirstSweepLookBack;
        var hours = new List<DateTimeOffset>();
        for (var hour = first; hour < due && hours.Count < MaxHoursPerSweep; hour = hour.AddHours(1))
        {
            hours.Add(hour);
        }

        if (hours.Count == 0)
        {
            return 0;
        }

        var deleted = 0;
        var buckets = await index.ReadAsync(hours, cancellationToken).ConfigureAwait(false);
        foreach (var (hour, bucket) in buckets)
        {
            foreach (var conversationId in bucket.ConversationIds)
            {
                var record = await store.GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
                if (record is null)
                {
                    continue;
                }

                var lastActivity = await store.LastActivityAsync(record, cancellationToken).ConfigureAwait(false);
                if (lastActivity + retention <= now)
                {
                    await store.DeleteAsync(record, cancellationToken).ConfigureAwait(false);
                    deleted++;
                }
                else
                {
                    await index.AddAsync(conversationId, lastActivity, cancellationToken).ConfigureAwait(false);
                }
            }

            await index.DeleteAsync(hour, cancellationToken).ConfigureAwait(false);
        }

        await index.WriteCursorAsync(hours[^1].AddHours(1), cancellationToken).ConfigureAwait(false);
        if (deleted > 0)
        {
            BotLog.DirectLineConversationsDeleted(logger, deleted);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!secret.IsAvailable)
        {
            return;
        }

        await Task.Yield(); // never sweep inside host start-up
        using var timer = new PeriodicTimer(SweepInterval, time);
        do
        {
            try
            {
                await SweepAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                BotLog.DirectLineSweepFailed(logger, error);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
