using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Bot.Channels.BotFramework.Auth;

/// <summary>
/// Inbound Bot Framework authentication in two steps (protocol.md §2.2): the token on its own (→ 401),
/// then the token against the activity it came with: channel endorsement and serviceUrl (→ 403).
/// </summary>
public interface IChannelAuthenticator
{
    Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken);

    /// <summary>Null when the token may speak for this activity, else the reason it may not.</summary>
    Task<string?> AuthorizeAsync(AuthenticationResult authentication, Activity activity, CancellationToken cancellationToken);
}
