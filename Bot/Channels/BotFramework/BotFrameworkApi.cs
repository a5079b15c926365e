namespace GuidanceBot.Bot.Channels.BotFramework;

/// <summary>Maps the Bot Framework endpoint that Azure Bot Service (Teams) and the Agents Playground call.</summary>
public static class BotFrameworkApi
{
    public static IEndpointRouteBuilder MapBotFrameworkApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", PostActivity);
        return endpoints;
    }

    private static Task<IResult> PostActivity(HttpRequest request, CloudAdapter adapter, CancellationToken cancellationToken) =>
        adapter.ProcessAsync(request, cancellationToken);
}
