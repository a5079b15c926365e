using System.Security.Claims;

namespace GuidanceBot.Bot.Channels.BotFramework.Auth;

/// <summary>
/// The outcome of checking a request's token: the caller's identity, or why it was refused.
/// <see cref="Identity"/> is null for accepted anonymous requests (development without an AppId).
/// </summary>
public sealed record AuthenticationResult(bool Succeeded, ClaimsIdentity? Identity, string? FailureReason)
{
    public static AuthenticationResult Anonymous { get; } = new(true, null, null);

    /// <summary>The channels the signing key may speak for (its JWKS <c>endorsements</c>); empty when unknown.</summary>
    public IReadOnlyList<string> Endorsements { get; init; } = [];

    public static AuthenticationResult Success(ClaimsIdentity identity) => new(true, identity, null);

    public static AuthenticationResult Success(ClaimsIdentity identity, IReadOnlyList<string> endorsements) =>
        new(true, identity, null) { Endorsements = endorsements };

    public static AuthenticationResult Fail(string reason) => new(false, null, reason);
}
