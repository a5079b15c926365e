namespace GuidanceBot.Bot.Channels.DirectLine.Tokens;

/// <summary>
/// The payload of a Direct Line token: one conversation, one user, optional trusted origins, issue and expiry
/// times (Unix seconds). DirectLineJS reads <c>user</c> from it and then ignores any user id the page sets.
/// </summary>
public sealed record DirectLineTokenClaims(
    string Iss,
    string Conv,
    string User,
    IReadOnlyList<string>? Origins,
    long Iat,
    long Exp)
{
    public const string Issuer = "guidancebot/directline";

    public DateTimeOffset ExpiresAt => DateTimeOffset.FromUnixTimeSeconds(Exp);
}
