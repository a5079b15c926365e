using System.Diagnostics;
using GuidanceBot.Dialogs.State;

namespace GuidanceBot.Bot.Telemetry;

/// <summary>
/// Wraps the storage back end when telemetry is on: the duration of every call by operation and outcome, and a count
/// of failures by kind (an ETag conflict is a lost race the turn handles, not an outage, so it is told apart).
/// Keys are never recorded: they hold conversation and user ids.
/// </summary>
public class TelemetryStorage(IStorage inner) : IStorage, IDisposable
{
    protected IStorage Inner => inner;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        MeasureAsync("read", () => inner.ReadAsync(keys, cancellationToken));

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken) =>
        MeasureAsync("write", () => inner.WriteAsync(changes, cancellationToken));

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        MeasureAsync("delete", () => DeleteAndReturnAsync(keys, cancellationToken));

    /// <summary>The back end was created by the container for this decorator, so it is disposed with it.</summary>
    public void Dispose()
    {
        (inner as IDisposable)?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A delegate, not a task, so a call that throws before its first await is measured too.</summary>
    protected static async Task<T> MeasureAsync<T>(string operation, Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception error)
        {
            outcome = "error";
            var kind = error switch
            {
                EtagException => "etag_conflict",
                StorageUnavailableException => "unavailable",
                OperationCanceledException => "cancelled",
                _ => error.GetType().Name,
            };
            BotTelemetry.StorageErrors.Add(1, new(TelemetryTags.Operation, operation), new(TelemetryTags.ErrorType, kind));
            throw;
        }
        finally
        {
            BotTelemetry.StorageDuration.Record(
                Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>(TelemetryTags.Operation, operation),
                new KeyValuePair<string, object?>(TelemetryTags.Outcome, outcome));
        }
    }

    private async Task<bool> DeleteAndReturnAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await inner.DeleteAsync(keys, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
