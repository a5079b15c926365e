namespace GuidanceBot.Bot.Channels.DirectLine;

/// <summary>Where the partner token server gets its tokens.</summary>
public enum DirectLineMode
{
    /// <summary>From the embedded Direct Line under <c>/v3/directline</c> (no Azure needed).</summary>
    Embedded,

    /// <summary>From Azure Bot Service's Direct Line channel, with a secret that stays on the server.</summary>
    Azure,
}
