namespace GuidanceBot.Bot.Channels.DirectLine.Limits;

/// <summary>Marks a Direct Line endpoint with the limit its calls count against (see <see cref="DirectLineRateLimiter"/>).</summary>
public sealed record DirectLineLimitMetadata(DirectLineLimitKind Kind);
