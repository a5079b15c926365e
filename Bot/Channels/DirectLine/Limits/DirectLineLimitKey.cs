namespace GuidanceBot.Bot.Channels.DirectLine.Limits;

/// <summary>A rate-limiter partition: the kind of call and who makes it (an IP address, or a token's conversation).</summary>
public readonly record struct DirectLineLimitKey(DirectLineLimitKind Kind, string Client);
