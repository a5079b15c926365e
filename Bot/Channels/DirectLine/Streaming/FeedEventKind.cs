namespace GuidanceBot.Bot.Channels.DirectLine.Streaming;

/// <summary>The three things a stream can be told; see <see cref="FeedEvent"/>.</summary>
public enum FeedEventKind
{
    Appended,
    Ephemeral,
    KeepAlive,
}
