namespace GuidanceBot.Bot.Channels.DirectLine.Conversations;

/// <summary>The first hourly bucket the retention sweep has not emptied yet.</summary>
public sealed record RetentionCursor(DateTimeOffset NextHour);
