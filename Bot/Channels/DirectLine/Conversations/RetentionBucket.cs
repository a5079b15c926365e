namespace GuidanceBot.Bot.Channels.DirectLine.Conversations;

/// <summary>
/// The conversations whose last known activity fell in one hour. <see cref="Dialogs.State.IStorage"/> cannot list
/// keys, so these hourly buckets are how the retention sweep finds transcripts to delete.
/// </summary>
public sealed record RetentionBucket(List<string> ConversationIds);
