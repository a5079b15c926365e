using System.Diagnostics.CodeAnalysis;
using GuidanceBot.Bot.Channels.DirectLine.Tokens;

namespace GuidanceBot.Bot.Channels.DirectLine;

/// <summary>
/// Turns the bearer value (the Authorization header, or <c>?t=</c> on a stream) into a caller: the secret, or a
/// valid token. A token issued for trusted origins is refused from a browser page on any other origin.
/// </summary>
public sealed class DirectLineAuthenticator(
    DirectLineSecret secret,
    DirectLineTokens tokens,
    DirectLineUrls urls,
    ILogger<DirectLineAuthenticator> logger)
{
    public bool IsAvailable => secret.IsAvailable;

    public bool TryAuthenticate(HttpRequest request, string? queryToken, [NotNullWhen(true)] out DirectLineCaller? caller, [NotNullWhen(false)] out IResult? failure)
    {
        caller = null;
        if (!secret.IsAvailable)
        {
            failure = DirectLineErrors.Disabled(logger);
            return false;
        }

        var bearer = BearerOf(request, queryToken);
        if (string.IsNullOrEmpty(bearer))
        {
            failure = DirectLineErrors.Reject(logger, StatusCodes.Status403Forbidden, "Send 'Authorization: Bearer <token>'.");
            return false;
        }

        if (secret.Matches(bearer))
        {
            caller = DirectLineCaller.Secret;
            failure = null;
            return true;
        }

        switch (tokens.Validate(bearer, out var claims))
        {
            case TokenStatus.Expired:
                failure = DirectLineErrors.TokenExpired(logger);
                return false;
            case TokenStatus.Invalid:
                failure = DirectLineErrors.Reject(logger, StatusCodes.Status403Forbidden, "The token is not valid.");
                return false;
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0
            && claims!.Origins is { Count: > 0 } trusted
            && !trusted.Any(allowed => DirectLineUrls.OriginsEqual(allowed, origin))
            && !urls.IsOwnOrigin(request, origin))
        {
            failure = DirectLineErrors.Reject(logger, StatusCodes.Status403Forbidden, "The token is not valid on this origin.");
            return false;
        }

        caller = new DirectLineCaller(false, bearer, claims);
        failure = null;
        return true;
    }

    /// <summary>The Authorization header's bearer value, else the query token (streams).</summary>
    public static string? BearerOf(HttpRequest request, string? queryToken)
    {
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : queryToken;
    }
}
