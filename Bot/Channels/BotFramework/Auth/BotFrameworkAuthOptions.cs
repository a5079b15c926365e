namespace GuidanceBot.Bot.Channels.BotFramework.Auth;

/// <summary>
/// The "BotFrameworkAuth" section: who the bot is (inbound token audience, outbound credentials) and where
/// the keys and tokens come from. Every URL is configurable so tests can point them at local servers.
/// An empty <see cref="MicrosoftAppId"/> means anonymous mode (no inbound token, no outbound token).
/// </summary>
public sealed class BotFrameworkAuthOptions
{
    public const string Section = "BotFrameworkAuth";

    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultValidIssuer = "https://api.botframework.com";
    public const string DefaultAuthorityHost = "https://login.microsoftonline.com";
    public const string DefaultConnectorResource = "https://api.botframework.com";

    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.SingleTenant;

    public string MicrosoftAppId { get; set; } = "";

    public string MicrosoftAppPassword { get; set; } = "";

    public string MicrosoftAppTenantId { get; set; } = "";

    /// <summary>Run without an AppId outside Development. Only for a local harness; Teams and Azure Bot Service need an AppId.</summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>Bot Connector OpenID metadata; its <c>jwks_uri</c> is the only place signing keys are fetched from.</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>The one issuer accepted on inbound tokens (Bot Connector; Entra/emulator tokens are not accepted).</summary>
    public string ValidIssuer { get; set; } = DefaultValidIssuer;

    /// <summary>Tolerance for <c>exp</c> and <c>nbf</c>, as the SDK allows.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long fetched signing keys are used before they are fetched again.</summary>
    public TimeSpan SigningKeysMaxAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>At most one extra key fetch per this interval when a token names a key we do not hold.</summary>
    public TimeSpan UnknownKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Entra authority for outbound tokens: <c>{AuthorityHost}/{tenant}/oauth2/v2.0/token</c>.</summary>
    public string AuthorityHost { get; set; } = DefaultAuthorityHost;

    /// <summary>The resource outbound tokens are for; the client-credentials scope is this plus <c>/.default</c>.</summary>
    public string ConnectorResource { get; set; } = DefaultConnectorResource;

    /// <summary>Managed identity token endpoint; empty means the App Service variable <c>IDENTITY_ENDPOINT</c>.</summary>
    public string ManagedIdentityEndpoint { get; set; } = "";

    /// <summary>Managed identity SSRF header value; empty means the App Service variable <c>IDENTITY_HEADER</c>.</summary>
    public string ManagedIdentityHeader { get; set; } = "";

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Blank URLs in configuration (e.g. an empty key in appsettings.json) mean the public-cloud default.</summary>
    internal void ApplyDefaultsForBlanks()
    {
        OpenIdMetadataUrl = Blank(OpenIdMetadataUrl) ? DefaultOpenIdMetadataUrl : OpenIdMetadataUrl.Trim();
        ValidIssuer = Blank(ValidIssuer) ? DefaultValidIssuer : ValidIssuer.Trim();
        AuthorityHost = Blank(AuthorityHost) ? DefaultAuthorityHost : AuthorityHost.Trim().TrimEnd('/');
        ConnectorResource = Blank(ConnectorResource) ? DefaultConnectorResource : ConnectorResource.Trim().TrimEnd('/');
        MicrosoftAppId = MicrosoftAppId.Trim();
        MicrosoftAppTenantId = MicrosoftAppTenantId.Trim();
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
