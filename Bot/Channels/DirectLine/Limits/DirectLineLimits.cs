namespace GuidanceBot.Bot.Channels.DirectLine.Limits;

/// <summary>
/// The "DirectLine:Limits" section: abuse limits of the embedded Direct Line. Rates count per
/// <see cref="Window"/> (fixed windows); over a limit the answer is 429 with <c>Retry-After</c>. Callers holding
/// the secret (trusted server code) are never limited. Defaults leave room for an office of staff behind one address.
/// </summary>
public sealed class DirectLineLimits
{
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Activities one token's conversation may post per window (a fast typist sends a few a minute).</summary>
    public int ActivitiesPerToken { get; set; } = 120;

    /// <summary>Activities all callers from one IP address may post per window.</summary>
    public int ActivitiesPerIp { get; set; } = 1200;

    /// <summary>Conversation starts (and resumes) one token may make per window.</summary>
    public int StartsPerToken { get; set; } = 20;

    /// <summary>Conversation starts from one IP address per window.</summary>
    public int StartsPerIp { get; set; } = 120;

    /// <summary>Live conversations per IP address: WebSocket streams open at the same time (each costs a socket and a storage poll).</summary>
    public int LiveConversationsPerIp { get; set; } = 200;

    /// <summary>Longest activity text the bot reads; a longer message gets a kind reply and no turn.</summary>
    public int MaxTextLength { get; set; } = 1500;
}
