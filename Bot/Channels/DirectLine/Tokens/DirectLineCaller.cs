namespace GuidanceBot.Bot.Channels.DirectLine.Tokens;

/// <summary>Who is calling: the secret holder (any conversation), or a token bound to one conversation and one user.</summary>
public sealed record DirectLineCaller(bool HoldsSecret, string? BearerToken, DirectLineTokenClaims? Claims)
{
    public static DirectLineCaller Secret { get; } = new(true, null, null);

    public bool MayAccess(string conversationId) =>
        HoldsSecret || string.Equals(Claims?.Conv, conversationId, StringComparison.Ordinal);
}
