using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.BotFramework.Auth;

/// <summary>
/// Checked at start (ValidateOnStart), so a misconfigured bot refuses to run instead of failing on the first
/// message. Anonymous mode (no AppId) is allowed in Development; elsewhere only with <c>AllowAnonymous=true</c>.
/// </summary>
public sealed class BotFrameworkAuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotFrameworkAuthOptions>
{
    private const string Prefix = BotFrameworkAuthOptions.Section + ":";

    public ValidateOptionsResult Validate(string? name, BotFrameworkAuthOptions options)
    {
        var errors = new List<string>();
        if (options.IsAnonymous)
        {
            if (options.MicrosoftAppType == MicrosoftAppType.UserAssignedMsi)
            {
                errors.Add($"{Prefix}MicrosoftAppType is UserAssignedMsi but {Prefix}MicrosoftAppId (the managed identity's client id) is empty.");
            }
            else if (!environment.IsDevelopment() && !options.AllowAnonymous)
            {
                errors.Add($"{Prefix}MicrosoftAppId is empty, so /api/messages would accept requests without a token, "
                    + $"and the environment is '{environment.EnvironmentName}', not Development. Set {Prefix}MicrosoftAppId and its credentials, "
                    + $"or set {Prefix}AllowAnonymous=true to run without authentication on purpose (Teams and Azure Bot Service will not work).");
            }
        }
        else
        {
            AddCredentialErrors(options, errors);
        }

        AddUrlError(errors, nameof(options.OpenIdMetadataUrl), options.OpenIdMetadataUrl);
        AddUrlError(errors, nameof(options.AuthorityHost), options.AuthorityHost);
        if (!string.IsNullOrEmpty(options.ManagedIdentityEndpoint))
        {
            AddUrlError(errors, nameof(options.ManagedIdentityEndpoint), options.ManagedIdentityEndpoint);
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(15))
        {
            errors.Add($"{Prefix}ClockSkew must be between 00:00:00 and 00:15:00.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void AddCredentialErrors(BotFrameworkAuthOptions options, List<string> errors)
    {
        var hasPassword = !string.IsNullOrEmpty(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrEmpty(options.MicrosoftAppTenantId);
        switch (options.MicrosoftAppType)
        {
            case MicrosoftAppType.SingleTenant when !hasPassword || !hasTenant:
                errors.Add($"{Prefix}MicrosoftAppType SingleTenant needs MicrosoftAppPassword and MicrosoftAppTenantId as well as MicrosoftAppId.");
                break;
            case MicrosoftAppType.MultiTenant when !hasPassword:
                errors.Add($"{Prefix}MicrosoftAppType MultiTenant needs MicrosoftAppPassword as well as MicrosoftAppId.");
                break;
            case MicrosoftAppType.UserAssignedMsi when hasPassword:
                errors.Add($"{Prefix}MicrosoftAppType UserAssignedMsi must not have a MicrosoftAppPassword: the managed identity has no secret.");
                break;
        }
    }

    private static void AddUrlError(List<string> errors, string key, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"{Prefix}{key} must be an absolute http(s) URL.");
        }
    }
}
