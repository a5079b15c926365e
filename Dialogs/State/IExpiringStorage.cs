namespace GuidanceBot.Dialogs.State;

/// <summary>
/// A store whose items expire: the retention job deletes what nobody has written for a while, so state about
/// people does not outlive its use. Every back end implements it with the time it records for each write.
/// </summary>
public interface IExpiringStorage
{
    /// <summary>
    /// Deletes every item last written before <paramref name="cutoff"/>, except keys starting with
    /// <paramref name="keepPrefix"/> when one is given (state that keeps a lifetime of its own). An item written
    /// again while the purge runs stays. Works in bounded batches, so it can run beside live turns.
    /// Returns how many items were deleted.
    /// </summary>
    Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, string? keepPrefix, CancellationToken cancellationToken);
}
