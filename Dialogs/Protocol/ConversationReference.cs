namespace GuidanceBot.Dialogs.Protocol;

/// <summary>Enough of an activity to address the conversation again later (proactive sends, card updates).</summary>
public sealed record ConversationReference(
    string ChannelId,
    string ServiceUrl,
    string ConversationId,
    ChannelAccount? Bot,
    ChannelAccount? User,
    string? ActivityId);
