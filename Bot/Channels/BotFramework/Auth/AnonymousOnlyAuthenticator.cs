using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Bot.Channels.BotFramework.Auth;

/// <summary>
/// Used when no MicrosoftAppId is configured: requests without a token are accepted (local development,
/// the Agents Playground); any token is refused, since there is no AppId it could have been issued for.
/// </summary>
public sealed class AnonymousOnlyAuthenticator : IChannelAuthenticator
{
    public Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken) =>
        Task.FromResult(string.IsNullOrEmpty(authorizationHeader)
            ? AuthenticationResult.Anonymous
            : AuthenticationResult.Fail("A token was sent but no MicrosoftAppId is configured."));

    public Task<string?> AuthorizeAsync(AuthenticationResult authentication, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);
}
