namespace GuidanceBot.Bot.Channels.DirectLine.Tokens;

/// <summary>What validating a bearer value found; both failures are 403 on the wire (DirectLineJS reads 403 as "token expired").</summary>
public enum TokenStatus
{
    Valid,
    Invalid,
    Expired,
}
