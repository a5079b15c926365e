using GuidanceBot.Bot.Logging;
using GuidanceBot.Bot.Storage;
using GuidanceBot.Dialogs.State;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Health;

/// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: content is loaded and storage answers.</summary>
public static class HealthApi
{
    private const string ProbeKey = "health/readiness-probe";

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", Ready);
        return endpoints;
    }

    /// <summary>
    /// One read of a key that is never written, bounded by <see cref="StorageOptions.ReadinessTimeout"/> so a hung
    /// store makes the probe fail rather than hang. It runs off the request thread because the SQLite store
    /// answers synchronously and would ignore the timeout otherwise.
    /// </summary>
    private static async Task<IResult> Ready(IStorage storage, IOptions<StorageOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var timeout = options.Value.ReadinessTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await Task.Run(() => storage.ReadAsync([ProbeKey], deadline.Token), deadline.Token).WaitAsync(deadline.Token);
            return Results.Text("ready");
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = error is StorageUnavailableException ? error.Message : error.GetType().Name;
            BotLog.ReadinessStorageUnavailable(loggers.CreateLogger(typeof(HealthApi).FullName!), (long)timeout.TotalMilliseconds, reason);
            return Results.Text("storage unavailable", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
