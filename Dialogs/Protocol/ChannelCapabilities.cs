namespace GuidanceBot.Dialogs.Protocol;

/// <summary>
/// What the channel behind a turn can do, set by the adapter that received it, so dialogs and cards ask what a
/// channel supports rather than which channel it is.
/// </summary>
/// <param name="CanUpdateActivities">A sent message (an answered question card) can be replaced later.</param>
/// <param name="UsesUniversalActions">Card buttons are Action.Execute (Universal Actions) rather than Action.Submit.</param>
/// <param name="ShowsTyping">A typing indicator sent ahead of the replies is shown.</param>
/// <param name="SupportsFeedbackLoop">Messages can carry the channel's own like/dislike buttons.</param>
/// <param name="AnnouncesBotArrival">
/// The channel says when the bot itself joins a conversation (the welcome is sent then, not when other people join);
/// otherwise only the user's arrival is announced, and that is when to welcome.
/// </param>
public sealed record ChannelCapabilities(
    bool CanUpdateActivities,
    bool UsesUniversalActions,
    bool ShowsTyping,
    bool SupportsFeedbackLoop,
    bool AnnouncesBotArrival)
{
    /// <summary>A channel that shows messages and cards and nothing more.</summary>
    public static readonly ChannelCapabilities Basic = new(false, false, false, false, false);

    /// <summary>Microsoft Teams.</summary>
    public static readonly ChannelCapabilities Teams = new(true, true, true, true, true);

    /// <summary>Web Chat over Direct Line.</summary>
    public static readonly ChannelCapabilities WebChat = Basic with { ShowsTyping = true };

    /// <summary>The capabilities of a Bot Framework channel, by the channel id Azure Bot Service stamps on its activities.</summary>
    public static ChannelCapabilities OfChannel(string? channelId) => channelId switch
    {
        "msteams" => Teams,
        "directline" or "webchat" => WebChat,
        _ => Basic,
    };
}
