using GuidanceBot.Bot.Channels.DirectLine.Limits;

namespace GuidanceBot.Bot.Channels.DirectLine;

/// <summary>The "DirectLine" section: the embedded Direct Line 3.0 service and the partner token server.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    public DirectLineMode Mode { get; set; } = DirectLineMode.Embedded;

    /// <summary>
    /// Master key of the embedded Direct Line (callers holding it may do anything) and the root of the token
    /// signing key. Unset: a random one is generated in Development; elsewhere the embedded service is disabled.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>How long a token is valid; Web Chat refreshes every 15 minutes, so keep this above that.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Partner page origins (<c>https://partner.example</c>) allowed to fetch tokens and call Direct Line from a browser.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>The bot's public base URL (e.g. behind a TLS-terminating proxy); stream and service URLs derive from it. Empty: from the request.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The bot's account on Direct Line conversations (<c>from</c> of its replies).</summary>
    public string BotId { get; set; } = "guidancebot";

    public string BotName { get; set; } = "GuidanceBot";

    /// <summary>How often an idle WebSocket gets an empty keep-alive frame.</summary>
    public TimeSpan StreamKeepAlive { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How often an open WebSocket looks in storage for activities another instance appended (this instance's own
    /// appends arrive at once). One read of one page per open socket: cheap, and it keeps scaled-out instances within a second.
    /// </summary>
    public TimeSpan StreamStoragePoll { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A conversation's transcript is deleted this long after its last activity.</summary>
    public TimeSpan ConversationRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Token-server requests allowed per client IP address per <see cref="TokenRateWindow"/>.</summary>
    public int TokenRateLimit { get; set; } = 10;

    public TimeSpan TokenRateWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Rate limits, the live-conversation cap and the text length cap of the embedded Direct Line.</summary>
    public DirectLineLimits Limits { get; set; } = new();

    /// <summary>Azure mode: the Direct Line host, e.g. <c>https://europe.directline.botframework.com</c>.</summary>
    public string AzureEndpoint { get; set; } = "https://directline.botframework.com";

    /// <summary>Azure mode: the Direct Line channel's secret. Sent only to <see cref="AzureEndpoint"/>, never to a browser.</summary>
    public string? AzureSecret { get; set; }
}
