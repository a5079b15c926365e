using System.Buffers.Text;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace GuidanceBot.Bot.Channels.BotFramework.Auth;

/// <summary>
/// The keys from one JWKS fetch, by <c>kid</c>. Immutable: a refresh builds a new set and swaps it in,
/// so requests in flight keep a consistent view.
/// </summary>
public sealed class SigningKeySet
{
    private readonly FrozenDictionary<string, ChannelSigningKey> _keys;

    private SigningKeySet(FrozenDictionary<string, ChannelSigningKey> keys, DateTimeOffset fetchedAt)
    {
        _keys = keys;
        FetchedAt = fetchedAt;
        SecurityKeys = [.. keys.Values.Select(key => key.Key)];
    }

    public DateTimeOffset FetchedAt { get; }

    public int Count => _keys.Count;

    public IReadOnlyList<SecurityKey> SecurityKeys { get; }

    public ChannelSigningKey? Find(string keyId) => _keys.GetValueOrDefault(keyId);

    /// <summary>
    /// Reads the RSA signing keys of a JWKS document (<c>kty: RSA</c> with <c>n</c>, <c>e</c>, <c>kid</c>).
    /// Keys of other types or for encryption are skipped; a document with no usable key is an error.
    /// </summary>
    public static SigningKeySet Parse(byte[] jwks, DateTimeOffset fetchedAt)
    {
        using var document = JsonDocument.Parse(jwks);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("The JWKS document has no 'keys' array.");
        }

        var parsed = new Dictionary<string, ChannelSigningKey>(StringComparer.Ordinal);
        foreach (var key in keys.EnumerateArray())
        {
            if (ReadRsaKey(key) is { } signingKey)
            {
                parsed[signingKey.KeyId] = signingKey;
            }
        }

        return parsed.Count > 0
            ? new SigningKeySet(parsed.ToFrozenDictionary(StringComparer.Ordinal), fetchedAt)
            : throw new InvalidDataException("The JWKS document holds no RSA signing key with a 'kid'.");
    }

    private static ChannelSigningKey? ReadRsaKey(JsonElement key)
    {
        if (key.ValueKind != JsonValueKind.Object
            || String(key, "kty") != "RSA"
            || String(key, "use") is { } use && use != "sig"
            || String(key, "kid") is not { Length: > 0 } keyId
            || String(key, "n") is not { Length: > 0 } modulus
            || String(key, "e") is not { Length: > 0 } exponent)
        {
            return null;
        }

        RSAParameters parameters;
        try
        {
            parameters = new RSAParameters
            {
                Modulus = Base64Url.DecodeFromChars(modulus),
                Exponent = Base64Url.DecodeFromChars(exponent),
            };
        }
        catch (FormatException)
        {
            return null; // one damaged entry must not take the other keys down with it
        }

        return new ChannelSigningKey(keyId, new RsaSecurityKey(parameters) { KeyId = keyId }, ReadEndorsements(key));
    }

    private static string[] ReadEndorsements(JsonElement key)
    {
        if (!key.TryGetProperty("endorsements", out var endorsements) || endorsements.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. endorsements.EnumerateArray()
            .Where(item => item.ValueKind == JsonValueKind.String)
            .Select(item => item.GetString()!)];
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
