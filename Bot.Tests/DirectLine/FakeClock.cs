namespace GuidanceBot.Tests.DirectLine;

/// <summary>A clock the test moves by hand; timers still run on real time (only "now" is faked).</summary>
public sealed class FakeClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
