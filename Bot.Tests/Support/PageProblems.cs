using Microsoft.Playwright;

namespace GuidanceBot.Tests.Support;

/// <summary>
/// Everything that went wrong on a page, as a person would notice it or a developer would see it in the browser's
/// tools: requests that failed or got an error status, console errors, uncaught exceptions, and any request
/// that left the page's own origin.
/// </summary>
public sealed class PageProblems
{
    private readonly List<string> _problems = [];
    private readonly List<string> _foreignRequests = [];
    private readonly List<string> _requests = [];

    public PageProblems(IPage page, Uri origin)
    {
        page.Request += (_, request) =>
        {
            Add(_requests, $"{request.Method} {request.Url}");
            if (!IsSameHost(request.Url, origin))
            {
                Add(_foreignRequests, $"{request.Method} {request.Url}");
            }
        };
        page.WebSocket += (_, socket) =>
        {
            Add(_requests, $"WebSocket {socket.Url}");
            if (!IsSameHost(socket.Url, origin))
            {
                Add(_foreignRequests, $"WebSocket {socket.Url}");
            }
        };
        page.RequestFailed += (_, request) => Add(_problems, $"request failed: {request.Method} {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Add(_problems, $"HTTP {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Add(_problems, $"console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => Add(_problems, $"page error: {error}");
    }

    /// <summary>Failed requests, error statuses, console errors and exceptions, in order.</summary>
    public IReadOnlyList<string> Problems => Snapshot(_problems);

    /// <summary>Requests (including WebSockets) to anywhere but the page's own origin.</summary>
    public IReadOnlyList<string> ForeignRequests => Snapshot(_foreignRequests);

    /// <summary>Every request the page made, for failure messages.</summary>
    public IReadOnlyList<string> Requests => Snapshot(_requests);

    /// <summary>Same host and port (http or ws); inline data and blob URLs never leave the page.</summary>
    private static bool IsSameHost(string url, Uri origin) =>
        Uri.TryCreate(url, UriKind.Absolute, out var target)
        && (target.Scheme is "data" or "blob"
            || (string.Equals(target.Host, origin.Host, StringComparison.OrdinalIgnoreCase) && target.Port == origin.Port));

    private static void Add(List<string> list, string entry)
    {
        lock (list)
        {
            list.Add(entry);
        }
    }

    private static List<string> Snapshot(List<string> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }
}
