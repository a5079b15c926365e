using System.Collections.Concurrent;
using GuidanceBot.Tests.Bot.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GuidanceBot.Tests.Bot.Connector;

/// <summary>One token request: the path, and the form fields (Entra) or query string (managed identity).</summary>
public sealed record TokenRequest(string Method, string Path, IReadOnlyDictionary<string, string> Fields, string? IdentityHeader);

/// <summary>
/// Entra's v2 token endpoint (<c>POST /{tenant}/oauth2/v2.0/token</c>) and an App Service managed identity
/// endpoint (<c>GET /msi/token</c>) on a loopback port. Hands out <c>token-1</c>, <c>token-2</c>, ... and records requests.
/// </summary>
public sealed class MockTokenEndpoint : IAsyncDisposable
{
    public const string IdentityHeaderValue = "identity-header-secret";

    private readonly ConcurrentQueue<TokenRequest> _requests = new();
    private LoopbackServer _server = null!;
    private int _issued;

    public IReadOnlyList<TokenRequest> Requests => [.. _requests];

    public string AuthorityHost => _server.BaseAddress.ToString().TrimEnd('/');

    public string ManagedIdentityEndpoint => _server.Url("msi/token");

    /// <summary>The lifetime given to new tokens (<c>expires_in</c> / <c>expires_on</c>).</summary>
    public int LifetimeSeconds { get; set; } = 3599;

    /// <summary>When set, the Entra endpoint refuses like a bad secret does (400 invalid_client).</summary>
    public bool RefuseClient { get; set; }

    public static async Task<MockTokenEndpoint> StartAsync()
    {
        var endpoint = new MockTokenEndpoint();
        endpoint._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/{tenant}/oauth2/v2.0/token", endpoint.IssueFromFormAsync);
            app.MapGet("/msi/token", endpoint.IssueForManagedIdentity);
        });
        return endpoint;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task<IResult> IssueFromFormAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        _requests.Enqueue(new TokenRequest("POST", request.Path, form.ToDictionary(f => f.Key, f => f.Value.ToString()), null));
        if (RefuseClient)
        {
            return Results.Json(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }, statusCode: 400);
        }

        return Results.Json(new { token_type = "Bearer", expires_in = LifetimeSeconds, ext_expires_in = LifetimeSeconds, access_token = NextToken() });
    }

    private IResult IssueForManagedIdentity(HttpRequest request)
    {
        var header = request.Headers["X-IDENTITY-HEADER"].ToString();
        _requests.Enqueue(new TokenRequest("GET", request.Path, request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()), header));
        if (header != IdentityHeaderValue)
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        var expiresOn = DateTimeOffset.UtcNow.AddSeconds(LifetimeSeconds).ToUnixTimeSeconds();
        return Results.Json(new
        {
            access_token = NextToken(),
            expires_on = expiresOn.ToString(System.Globalization.CultureInfo.InvariantCulture),
            resource = request.Query["resource"].ToString(),
            token_type = "Bearer",
            client_id = request.Query["client_id"].ToString(),
        });
    }

    private string NextToken() => "token-" + Interlocked.Increment(ref _issued);
}
