using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.DirectLine.TokenServer;

/// <summary>
/// Which browser origins may use the token server: those in <see cref="DirectLineOptions.AllowedOrigins"/> and the
/// bot's own. A request without an <c>Origin</c> header is not from a cross-origin page; it passes this check
/// (a script can forge any Origin anyway) and is held back by the rate limit instead.
/// </summary>
public sealed class PartnerOrigins(IOptions<DirectLineOptions> options, DirectLineUrls urls)
{
    public IReadOnlyList<string> Allowed => options.Value.AllowedOrigins;

    public bool IsAllowed(HttpRequest request, string origin) =>
        Allowed.Any(allowed => DirectLineUrls.OriginsEqual(allowed, origin)) || urls.IsOwnOrigin(request, origin);

    /// <summary>The origins a token is bound to: the requesting page's, or every allowed one when there is no Origin.</summary>
    public IReadOnlyList<string> TrustedFor(string? origin) =>
        string.IsNullOrEmpty(origin) ? Allowed : [origin];
}
