namespace GuidanceBot.Bot.Channels.DirectLine.Conversations;

/// <summary>The things a stream can be told; see <see cref="FeedEvent"/>.</summary>
public enum FeedEventKind
{
    Appended,
    Ephemeral,
    KeepAlive,

    /// <summary>Look in storage for activities another instance appended (no frame when there are none).</summary>
    CheckStorage,
}
