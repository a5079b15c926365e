using System.Text.Json;
using GuidanceBot.Bot.Logging;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.BotFramework.Auth;

/// <summary>
/// Signing keys from the configured OpenID metadata (protocol.md §2.3): fetched on first use, kept for
/// <see cref="BotFrameworkAuthOptions.SigningKeysMaxAge"/>, refreshed once (at most every
/// <see cref="BotFrameworkAuthOptions.UnknownKeyRefreshInterval"/>) when a token names an unknown key, and
/// kept as they are when a refresh fails. Keys only ever come from the configured metadata URL, never from
/// anything inside a token. Fetches are single-flight.
/// </summary>
public sealed class SigningKeyCache(
    IHttpClientFactory httpClientFactory,
    IOptions<BotFrameworkAuthOptions> options,
    TimeProvider time,
    ILogger<SigningKeyCache> logger)
{
    public const string HttpClientName = "BotFrameworkAuth.OpenId";

    /// <summary>After a failed fetch, requests use what they have (or fail) for this long before trying again.</summary>
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(30);

    private readonly BotFrameworkAuthOptions _options = options.Value;
    private readonly SemaphoreSlim _fetchGate = new(1, 1);
    private volatile SigningKeySet? _current;
    private DateTimeOffset _lastUnknownKeyRefresh = DateTimeOffset.MinValue;
    private DateTimeOffset _noFetchBefore = DateTimeOffset.MinValue;

    /// <summary>The keys in use now (null before the first successful fetch).</summary>
    public SigningKeySet? Current => _current;

    /// <summary>The key with <paramref name="keyId"/>, or null when it is not published (or no keys could be fetched).</summary>
    public async ValueTask<ChannelSigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var cached = _current;
        var keys = cached;
        if (keys is null || time.GetUtcNow() - keys.FetchedAt > _options.SigningKeysMaxAge)
        {
            keys = await RefreshAsync(keys, unknownKey: false, cancellationToken).ConfigureAwait(false);
        }

        if (keys?.Find(keyId) is { } key)
        {
            return key;
        }

        BotLog.UnknownSigningKey(logger, keyId);
        if (keys is not null && !ReferenceEquals(keys, cached))
        {
            return null; // the keys were fetched for this very request: fetching again would not help
        }

        keys = await RefreshAsync(keys, unknownKey: true, cancellationToken).ConfigureAwait(false);
        return keys?.Find(keyId);
    }

    private async Task<SigningKeySet?> RefreshAsync(SigningKeySet? seen, bool unknownKey, CancellationToken cancellationToken)
    {
        await _fetchGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!ReferenceEquals(_current, seen))
            {
                return _current; // another request refreshed while this one waited
            }

            var now = time.GetUtcNow();
            if (now < _noFetchBefore || (unknownKey && now - _lastUnknownKeyRefresh < _options.UnknownKeyRefreshInterval))
            {
                return _current;
            }

            if (unknownKey)
            {
                _lastUnknownKeyRefresh = now;
            }

            try
            {
                var fresh = await FetchAsync(cancellationToken).ConfigureAwait(false);
                _current = fresh;
                BotLog.SigningKeysRefreshed(logger, fresh.Count, _options.OpenIdMetadataUrl);
                return fresh;
            }
            catch (Exception error) when (IsFetchFailure(error, cancellationToken))
            {
                _noFetchBefore = now + RetryAfterFailure;
                BotLog.SigningKeysRefreshFailed(logger, error, _options.OpenIdMetadataUrl, _current?.Count ?? 0);
                return _current;
            }
        }
        finally
        {
            _fetchGate.Release();
        }
    }

    private async Task<SigningKeySet> FetchAsync(CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        var metadata = await http.GetByteArrayAsync(_options.OpenIdMetadataUrl, cancellationToken).ConfigureAwait(false);
        var jwksUri = ReadJwksUri(metadata);
        var jwks = await http.GetByteArrayAsync(jwksUri, cancellationToken).ConfigureAwait(false);
        return SigningKeySet.Parse(jwks, time.GetUtcNow());
    }

    private static Uri ReadJwksUri(byte[] metadata)
    {
        using var document = JsonDocument.Parse(metadata);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("jwks_uri", out var value)
            && value.ValueKind == JsonValueKind.String
            && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                ? uri
                : throw new InvalidDataException("The OpenID metadata has no absolute http(s) 'jwks_uri'.");
    }

    private static bool IsFetchFailure(Exception error, CancellationToken cancellationToken) =>
        error is HttpRequestException or JsonException or InvalidDataException
        || (error is TaskCanceledException && !cancellationToken.IsCancellationRequested);
}
