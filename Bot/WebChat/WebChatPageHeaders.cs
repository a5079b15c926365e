using Microsoft.AspNetCore.StaticFiles;

namespace GuidanceBot.Bot.WebChat;

/// <summary>
/// Response headers for the Web Chat page's files. The page talks only to its own origin, and the
/// Content-Security-Policy makes the browser hold it to that: no CDN, no web fonts, no third-party calls.
/// Web Chat injects its styles at run time, hence <c>'unsafe-inline'</c> for styles only.
/// </summary>
internal static class WebChatPageHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "media-src 'self' data: blob:; connect-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'none'; "
        + "form-action 'none'; frame-ancestors 'self'";

    public static void Apply(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";

        // Revalidate (ETag) rather than cache blindly: a rebuilt bundle or page must reach browsers at once.
        headers.CacheControl = "no-cache";
        if (context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }
    }
}
