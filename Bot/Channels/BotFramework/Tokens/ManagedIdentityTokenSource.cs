using GuidanceBot.Bot.Channels.BotFramework.Auth;

namespace GuidanceBot.Bot.Channels.BotFramework.Tokens;

/// <summary>
/// A user-assigned managed identity's token from the App Service / Container Apps local token endpoint
/// (Azure docs, "Use managed identities for App Service", REST protocol, api-version 2019-08-01):
/// <c>GET {IDENTITY_ENDPOINT}?resource=...&amp;api-version=2019-08-01&amp;client_id=...</c> with header
/// <c>X-IDENTITY-HEADER: {IDENTITY_HEADER}</c>; the answer has <c>access_token</c> and <c>expires_on</c>
/// (seconds since 1970). VM/AKS instance metadata (IMDS) is not supported.
/// </summary>
public sealed class ManagedIdentityTokenSource(
    IHttpClientFactory httpClientFactory,
    BotFrameworkAuthOptions options,
    TimeProvider time,
    ILogger<ManagedIdentityTokenSource> logger) : IAccessTokenSource
{
    public const string ApiVersion = "2019-08-01";
    public const string IdentityHeaderName = "X-IDENTITY-HEADER";

    public string Name => "managed identity";

    public async Task<AccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        var endpoint = Setting(options.ManagedIdentityEndpoint, "IDENTITY_ENDPOINT");
        var secretHeader = Setting(options.ManagedIdentityHeader, "IDENTITY_HEADER");
        if (endpoint is null || secretHeader is null)
        {
            throw new ConnectorTokenException(
                "UserAssignedMsi needs the managed identity endpoint: IDENTITY_ENDPOINT and IDENTITY_HEADER (set by App Service "
                + "when an identity is assigned), or BotFrameworkAuth:ManagedIdentityEndpoint and ManagedIdentityHeader.");
        }

        var separator = endpoint.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var url = $"{endpoint}{separator}resource={Uri.EscapeDataString(options.ConnectorResource)}"
            + $"&api-version={ApiVersion}&client_id={Uri.EscapeDataString(options.MicrosoftAppId)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation(IdentityHeaderName, secretHeader);
        var http = httpClientFactory.CreateClient(ConnectorTokenCache.HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return await TokenResponse.ReadAsync(response, Name, time, logger, cancellationToken).ConfigureAwait(false);
    }

    private static string? Setting(string configured, string environmentVariable) =>
        !string.IsNullOrWhiteSpace(configured) ? configured
        : Environment.GetEnvironmentVariable(environmentVariable) is { Length: > 0 } value ? value
        : null;
}
