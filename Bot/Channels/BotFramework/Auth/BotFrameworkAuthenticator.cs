using GuidanceBot.Dialogs.Protocol;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.BotFramework.Auth;

/// <summary>
/// Validates Bot Connector tokens on /api/messages (protocol.md §2.2). <see cref="AuthenticateAsync"/>
/// checks the token alone in the order the spec gives (header, alg, issuer before any key fetch, key by
/// kid, signature, audience, lifetime); <see cref="AuthorizeAsync"/> then checks that the token may speak
/// for this activity: its key is endorsed for the channel, and its <c>serviceurl</c> claim is the
/// activity's serviceUrl. Failure reasons are fixed sentences: nothing from the token is echoed or logged.
/// </summary>
public sealed class BotFrameworkAuthenticator : IChannelAuthenticator
{
    public const string ServiceUrlClaim = "serviceurl";

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly SigningKeyCache _keys;
    private readonly ValidatedTokenCache _validated;
    private readonly TimeSpan _clockSkew;
    private readonly string _issuer;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly TokenValidationParameters _parameters;

    public BotFrameworkAuthenticator(SigningKeyCache keys, ValidatedTokenCache validated, IOptions<BotFrameworkAuthOptions> options, TimeProvider time)
    {
        var settings = options.Value;
        _keys = keys;
        _validated = validated;
        _clockSkew = settings.ClockSkew;
        _issuer = settings.ValidIssuer;
        _parameters = new TokenValidationParameters
        {
            ValidIssuer = settings.ValidIssuer,
            ValidAudience = settings.MicrosoftAppId,
            ValidAlgorithms = AllowedAlgorithms,
            ClockSkew = settings.ClockSkew,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            TryAllIssuerSigningKeys = false,
            ValidateIssuerSigningKey = false, // the key is one we fetched ourselves from the configured metadata
            LifetimeValidator = (notBefore, expires, _, parameters) => IsWithinLifetime(notBefore, expires, parameters.ClockSkew, time.GetUtcNow()),
        };
    }

    public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (ReadBearerToken(authorizationHeader) is not { } raw)
        {
            return AuthenticationResult.Fail(string.IsNullOrEmpty(authorizationHeader)
                ? "No Authorization header."
                : "The Authorization header is not 'Bearer <token>'.");
        }

        if (_validated.Find(raw, _keys.Current) is { } remembered)
        {
            return remembered;
        }

        JsonWebToken token;
        try
        {
            token = _handler.ReadJsonWebToken(raw);
        }
        catch (Exception error) when (error is ArgumentException or SecurityTokenMalformedException)
        {
            return AuthenticationResult.Fail("The bearer token is not a JWT.");
        }

        if (Array.IndexOf(AllowedAlgorithms, token.Alg) < 0)
        {
            return AuthenticationResult.Fail("The token's algorithm is not RS256, RS384 or RS512.");
        }

        if (!string.Equals(token.Issuer, _issuer, StringComparison.Ordinal))
        {
            return AuthenticationResult.Fail("The token's issuer is not the Bot Connector.");
        }

        if (string.IsNullOrEmpty(token.Kid) || await _keys.FindAsync(token.Kid, cancellationToken).ConfigureAwait(false) is not { } key)
        {
            return AuthenticationResult.Fail("The token's signing key is not published by the Bot Connector.");
        }

        var parameters = _parameters.Clone();
        parameters.IssuerSigningKey = key.Key;
        var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return AuthenticationResult.Fail(Describe(result.Exception));
        }

        var success = AuthenticationResult.Success(result.ClaimsIdentity, key.Endorsements);
        if (_keys.Current is { } keySet && ReferenceEquals(keySet.Find(key.KeyId), key))
        {
            _validated.Add(raw, success, keySet, new DateTimeOffset(token.ValidTo, TimeSpan.Zero) + _clockSkew);
        }

        return success;
    }

    public Task<string?> AuthorizeAsync(AuthenticationResult authentication, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(Authorize(authentication, activity));

    private static string? Authorize(AuthenticationResult authentication, Activity activity)
    {
        if (authentication.Identity is null)
        {
            return "The request carries no validated token.";
        }

        if (string.IsNullOrEmpty(activity.ChannelId) || !authentication.Endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return "The token's signing key is not endorsed for the activity's channel.";
        }

        var claimed = authentication.Identity.FindFirst(ServiceUrlClaim)?.Value;
        if (string.IsNullOrEmpty(claimed))
        {
            return "The token has no serviceurl claim.";
        }

        return ServiceUrlsMatch(claimed, activity.ServiceUrl)
            ? null
            : "The activity's serviceUrl is not the one in the token.";
    }

    /// <summary>Case-insensitive, after trimming one trailing slash from each (protocol.md §2.2 step 9).</summary>
    internal static bool ServiceUrlsMatch(string claimed, string? activityServiceUrl) =>
        activityServiceUrl is not null
        && string.Equals(TrimOneSlash(claimed), TrimOneSlash(activityServiceUrl), StringComparison.OrdinalIgnoreCase);

    /// <summary>The token of <c>Bearer &lt;token&gt;</c> (scheme case-insensitive, exactly two parts), else null.</summary>
    internal static string? ReadBearerToken(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }

        var space = header.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !header.AsSpan(0, space).Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header[(space + 1)..];
        return token.Length > 0 && !token.Contains(' ', StringComparison.Ordinal) ? token : null;
    }

    /// <summary>Both <c>exp</c> and (when present) <c>nbf</c>, with the skew, against the injected clock.</summary>
    private static bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, TimeSpan skew, DateTimeOffset now)
    {
        if (expires is null)
        {
            return false;
        }

        var utcNow = now.UtcDateTime;
        return (notBefore is null || notBefore.Value <= utcNow + skew) && expires.Value >= utcNow - skew;
    }

    private static string TrimOneSlash(string url) => url.EndsWith('/') ? url[..^1] : url;

    private static string Describe(Exception? error) => error switch
    {
        SecurityTokenInvalidLifetimeException or SecurityTokenExpiredException or SecurityTokenNotYetValidException
            => "The token is expired or not yet valid.",
        SecurityTokenInvalidAudienceException => "The token was issued for another audience.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not the Bot Connector.",
        SecurityTokenInvalidAlgorithmException => "The token's algorithm is not RS256, RS384 or RS512.",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "The token's signature is not valid.",
        _ => "The token is not valid.",
    };
}
