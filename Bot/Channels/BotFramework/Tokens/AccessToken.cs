namespace GuidanceBot.Bot.Channels.BotFramework.Tokens;

/// <summary>A bearer token for the Connector and when to fetch the next one (5 minutes early, or halfway for short-lived tokens).</summary>
public sealed record AccessToken(string Value, DateTimeOffset ExpiresOn, DateTimeOffset RefreshAt)
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    public static AccessToken Create(string value, DateTimeOffset acquiredAt, DateTimeOffset expiresOn)
    {
        var lifetime = expiresOn - acquiredAt;
        var margin = lifetime / 2 < RefreshMargin ? lifetime / 2 : RefreshMargin;
        return new AccessToken(value, expiresOn, expiresOn - margin);
    }
}
