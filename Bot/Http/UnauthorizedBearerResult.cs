namespace GuidanceBot.Bot.Http;

/// <summary>401 with <c>WWW-Authenticate: Bearer</c> and no body: token details are never echoed.</summary>
public sealed class UnauthorizedBearerResult : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status401Unauthorized;
        httpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
