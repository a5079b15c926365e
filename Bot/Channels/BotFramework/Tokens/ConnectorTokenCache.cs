using GuidanceBot.Bot.Logging;

namespace GuidanceBot.Bot.Channels.BotFramework.Tokens;

/// <summary>
/// Keeps one Connector token and fetches the next shortly before it expires. Fetches are single-flight:
/// any number of concurrent sends wait for the same token request.
/// </summary>
public sealed class ConnectorTokenCache(IAccessTokenSource source, TimeProvider time, ILogger<ConnectorTokenCache> logger) : IConnectorTokenProvider
{
    public const string HttpClientName = "BotFrameworkAuth.Token";

    private readonly SemaphoreSlim _fetchGate = new(1, 1);
    private volatile AccessToken? _current;

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var token = _current;
        return token is not null && time.GetUtcNow() < token.RefreshAt
            ? ValueTask.FromResult<string?>(token.Value)
            : new ValueTask<string?>(FetchAsync(rejectedToken: null, cancellationToken));
    }

    public ValueTask<string?> RefreshAsync(string rejectedToken, CancellationToken cancellationToken) =>
        new(FetchAsync(rejectedToken, cancellationToken));

    private async Task<string?> FetchAsync(string? rejectedToken, CancellationToken cancellationToken)
    {
        await _fetchGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var token = _current;
            if (token is not null && time.GetUtcNow() < token.RefreshAt && token.Value != rejectedToken)
            {
                return token.Value; // fetched by another caller while this one waited
            }

            var fresh = await source.AcquireAsync(cancellationToken).ConfigureAwait(false);
            _current = fresh;
            BotLog.ConnectorTokenAcquired(logger, source.Name, fresh.ExpiresOn);
            return fresh.Value;
        }
        finally
        {
            _fetchGate.Release();
        }
    }
}
