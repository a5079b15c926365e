using GuidanceBot.Dialogs.State;

namespace GuidanceBot.Bot.Telemetry;

/// <summary>
/// <see cref="TelemetryStorage"/> for a back end whose items expire, so the retention job still finds
/// <see cref="IExpiringStorage"/> behind the decorator.
/// </summary>
public sealed class ExpiringTelemetryStorage(IStorage inner) : TelemetryStorage(inner), IExpiringStorage
{
    public Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, string? keepPrefix, CancellationToken cancellationToken) =>
        MeasureAsync("purge", () => ((IExpiringStorage)Inner).PurgeOlderThanAsync(cutoff, keepPrefix, cancellationToken));
}
