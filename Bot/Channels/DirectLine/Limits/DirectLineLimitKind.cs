namespace GuidanceBot.Bot.Channels.DirectLine.Limits;

/// <summary>Endpoint metadata: which Direct Line limit a call counts against.</summary>
public enum DirectLineLimitKind
{
    ActivityPost,
    ConversationStart,
    Stream,
}
