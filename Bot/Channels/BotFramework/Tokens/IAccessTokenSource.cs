namespace GuidanceBot.Bot.Channels.BotFramework.Tokens;

/// <summary>Where a new Connector token comes from (Entra client credentials, managed identity). Called by the cache only.</summary>
public interface IAccessTokenSource
{
    /// <summary>Short name for logs, e.g. "client credentials".</summary>
    string Name { get; }

    Task<AccessToken> AcquireAsync(CancellationToken cancellationToken);
}
