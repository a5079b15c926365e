namespace GuidanceBot.Bot.Channels.DirectLine.Conversations;

/// <summary>
/// A started conversation: who it belongs to, when it began, and which activity page was last known to be in
/// use. <see cref="LastPage"/> is only a hint (pages are written before it is advanced); readers walk forward from it.
/// </summary>
public sealed record ConversationRecord(string Id, string UserId, DateTimeOffset CreatedUtc, int LastPage = 0);
