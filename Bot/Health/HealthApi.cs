using GuidanceBot.Dialogs.State;

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

    private static async Task<IResult> Ready(IStorage storage, CancellationToken cancellationToken)
    {
        try
        {
            await storage.ReadAsync([ProbeKey], cancellationToken);
            return Results.Text("ready");
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return Results.Text("storage unavailable", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
