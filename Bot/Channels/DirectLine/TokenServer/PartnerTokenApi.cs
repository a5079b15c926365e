using GuidanceBot.Bot.Channels.DirectLine.Tokens;
using GuidanceBot.Bot.Channels.DirectLine.Wire;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.DirectLine.TokenServer;

/// <summary>
/// <c>POST /api/directline/token</c>: what a partner page calls before rendering Web Chat (protocol.md §5.5).
/// Checks the page's origin, is rate limited per client, and returns a token bound to one new conversation and
/// an opaque <c>dl_</c> user id, from the embedded Direct Line or from Azure's (whose secret stays here).
/// </summary>
public static class PartnerTokenApi
{
    public const string Path = "/api/directline/token";

    private const int MaxBodyBytes = 4096;

    public static IEndpointRouteBuilder MapPartnerTokenApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, IssueToken)
            .RequireCors(DirectLineHosting.CorsPolicy)
            .RequireRateLimiting(TokenRateLimitPolicy.Name);
        return endpoints;
    }

    private static async Task<IResult> IssueToken(
        HttpRequest request,
        PartnerOrigins origins,
        IPartnerTokenSource source,
        IOptions<DirectLineOptions> options,
        DirectLineServices dl,
        CancellationToken cancellationToken)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !origins.IsAllowed(request, origin))
        {
            return DirectLineErrors.Reject(dl.Logger, StatusCodes.Status403Forbidden, $"The origin {origin} is not in DirectLine:AllowedOrigins.");
        }

        var (body, error) = await DirectLineRequests.ReadOptionalAsync(request, TokenServerJsonContext.Default.PartnerTokenRequest, MaxBodyBytes, dl.Logger, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        // Keep the page's previous id only if it is one we could have issued: opaque, random, nothing personal.
        var userId = DirectLineIds.IsIssuedUserId(body?.UserId) ? body!.UserId! : DirectLineIds.NewUserId();
        var issued = await source.GenerateTokenAsync(userId, origins.TrustedFor(origin.Length > 0 ? origin : null), cancellationToken);
        if (issued is null)
        {
            return options.Value.Mode == DirectLineMode.Azure
                ? DirectLineErrors.Reject(dl.Logger, StatusCodes.Status502BadGateway, "Azure Bot Service did not issue a Direct Line token.")
                : DirectLineErrors.Disabled(dl.Logger);
        }

        return Results.Json(
            new PartnerTokenResponse(issued.Token, issued.ExpiresIn, userId, issued.ConversationId),
            TokenServerJsonContext.Default.PartnerTokenResponse);
    }
}
