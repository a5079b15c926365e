using GuidanceBot.Bot.Channels.BotFramework.Auth;

namespace GuidanceBot.Bot.Channels.BotFramework.Tokens;

/// <summary>
/// OAuth client-credentials grant against Entra (protocol.md §3.1): a form post to
/// <c>{AuthorityHost}/{tenant}/oauth2/v2.0/token</c> with scope <c>{ConnectorResource}/.default</c>. The tenant is
/// the bot's own for SingleTenant and <c>botframework.com</c> for MultiTenant. Raw HTTP rather than MSAL, so the
/// request is plain to read and tests can answer it from a local endpoint.
/// </summary>
public sealed class ClientCredentialsTokenSource(
    IHttpClientFactory httpClientFactory,
    BotFrameworkAuthOptions options,
    TimeProvider time,
    ILogger<ClientCredentialsTokenSource> logger) : IAccessTokenSource
{
    public const string MultiTenantAuthority = "botframework.com";

    private readonly Uri _tokenEndpoint = new(
        $"{options.AuthorityHost}/{Uri.EscapeDataString(options.MicrosoftAppType == MicrosoftAppType.MultiTenant ? MultiTenantAuthority : options.MicrosoftAppTenantId)}/oauth2/v2.0/token");

    public string Name => "client credentials";

    public async Task<AccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", options.MicrosoftAppId),
            new("client_secret", options.MicrosoftAppPassword),
            new("scope", options.ConnectorResource + "/.default"),
        ]);
        var http = httpClientFactory.CreateClient(ConnectorTokenCache.HttpClientName);
        using var response = await http.PostAsync(_tokenEndpoint, form, cancellationToken).ConfigureAwait(false);
        return await TokenResponse.ReadAsync(response, Name, time, logger, cancellationToken).ConfigureAwait(false);
    }
}
