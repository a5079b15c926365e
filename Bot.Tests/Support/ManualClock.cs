namespace GuidanceBot.Tests.Support;

/// <summary>
/// A clock the test moves forward by hand. By default "now" follows the system clock plus the offset (for code that
/// also waits on real timers); <paramref name="frozenAt"/> stops it at a fixed instant. Timers and delays stay real.
/// </summary>
public sealed class ManualClock(DateTimeOffset? frozenAt = null) : TimeProvider
{
    /// <summary>The instant the storage and Direct Line tests start from (09:00 UTC).</summary>
    public static readonly DateTimeOffset Morning = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private long _offsetTicks;

    public static ManualClock Frozen() => new(Morning);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => (frozenAt ?? base.GetUtcNow()).AddTicks(Interlocked.Read(ref _offsetTicks));
}
