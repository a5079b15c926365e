using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.DirectLine;

/// <summary>
/// The URLs Direct Line hands out: the stream URL (ws/wss, token in the query because browsers cannot set headers
/// on a WebSocket) and the service URL stamped on activities. From <see cref="DirectLineOptions.PublicBaseUrl"/>
/// when set (behind a proxy), else from the request.
/// </summary>
public sealed class DirectLineUrls(IOptions<DirectLineOptions> options)
{
    public const string BasePath = "/v3/directline";

    public string BaseUrl(HttpRequest request) =>
        string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : options.Value.PublicBaseUrl.TrimEnd('/');

    public string ServiceUrl(HttpRequest request) => BaseUrl(request) + BasePath + "/";

    public string StreamUrl(HttpRequest request, string conversationId, string token, int? watermark)
    {
        var baseUrl = BaseUrl(request);
        var socketBase = baseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? "wss://" + baseUrl["https://".Length..]
            : "ws://" + baseUrl[(baseUrl.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var watermarkQuery = watermark is int value ? $"watermark={value}&" : "";
        return $"{socketBase}{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?{watermarkQuery}t={Uri.EscapeDataString(token)}";
    }

    /// <summary>The origins this service itself is served from: a page there is same-origin, never a partner.</summary>
    public bool IsOwnOrigin(HttpRequest request, string origin) =>
        OriginsEqual(origin, $"{request.Scheme}://{request.Host}")
        || (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
            && Uri.TryCreate(options.Value.PublicBaseUrl, UriKind.Absolute, out var publicUrl)
            && OriginsEqual(origin, publicUrl.GetLeftPart(UriPartial.Authority)));

    /// <summary>Origins compare case-insensitively (scheme and host are), ignoring a trailing slash.</summary>
    public static bool OriginsEqual(string a, string b) =>
        string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
