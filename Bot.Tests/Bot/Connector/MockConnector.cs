using System.Collections.Concurrent;
using System.Diagnostics;
using GuidanceBot.Tests.Bot.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GuidanceBot.Tests.Bot.Connector;

/// <summary>One request the mock Connector received, with the raw (still escaped) path.</summary>
public sealed record ConnectorCall(string Method, string RawTarget, string? Authorization, string? ContentType, string Body, long ReceivedAt);

/// <summary>
/// A channel's Connector on a loopback port: records every request and answers from a script
/// (default: 200 with a new activity id), so tests can play throttling, outages and token refusals.
/// </summary>
public sealed class MockConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentQueue<Func<HttpResponse, Task>> _script = new();
    private LoopbackServer _server = null!;
    private int _ids;

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    /// <summary>A Teams-like serviceUrl on this server, with a path and a trailing slash.</summary>
    public string ServiceUrl => _server.Url("amer/");

    public string Url(string path) => _server.Url(path);

    public static async Task<MockConnector> StartAsync()
    {
        var connector = new MockConnector();
        connector._server = await LoopbackServer.StartAsync(app => app.Map("/{**path}", connector.HandleAsync));
        return connector;
    }

    /// <summary>The next request gets this answer instead of the default 200.</summary>
    public void Answer(int statusCode, string? json = null, Action<HttpResponse>? headers = null) =>
        _script.Enqueue(async response =>
        {
            response.StatusCode = statusCode;
            headers?.Invoke(response);
            if (json is not null)
            {
                response.ContentType = "application/json";
                await response.WriteAsync(json);
            }
        });

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        _calls.Enqueue(new ConnectorCall(
            request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            request.Headers.Authorization.Count > 0 ? request.Headers.Authorization.ToString() : null,
            request.ContentType,
            body,
            Stopwatch.GetTimestamp()));

        if (_script.TryDequeue(out var answer))
        {
            await answer(context.Response);
            return;
        }

        await context.Response.WriteAsJsonAsync(new { id = "activity-" + Interlocked.Increment(ref _ids) });
    }
}
