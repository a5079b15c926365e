using System.Collections.Concurrent;

namespace GuidanceBot.Bot.Channels.BotFramework.Auth;

/// <summary>
/// Remembers tokens that passed full validation, so the Connector's token (reused for every activity in its
/// hour) costs one signature check rather than one per request (a check costs more than a whole turn; see
/// bench/README.md). An entry holds until the token's <c>exp</c> plus skew, and only while the key set it
/// was checked against is still the current one. Refused tokens are never remembered.
/// </summary>
public sealed class ValidatedTokenCache(TimeProvider time)
{
    /// <summary>Legitimate tokens are few (one per Connector region per hour); past this the cache starts over.</summary>
    private const int MaxEntries = 1024;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public AuthenticationResult? Find(string token, SigningKeySet? currentKeys)
    {
        if (!_entries.TryGetValue(token, out var entry))
        {
            return null;
        }

        if (ReferenceEquals(entry.Keys, currentKeys) && time.GetUtcNow() <= entry.ValidUntil)
        {
            return entry.Result;
        }

        _entries.TryRemove(token, out _);
        return null;
    }

    public void Add(string token, AuthenticationResult result, SigningKeySet keys, DateTimeOffset validUntil)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[token] = new Entry(result, keys, validUntil);
    }

    private sealed record Entry(AuthenticationResult Result, SigningKeySet Keys, DateTimeOffset ValidUntil);
}
