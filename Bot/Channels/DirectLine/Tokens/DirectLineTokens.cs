using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.DirectLine.Tokens;

/// <summary>
/// Issues and checks Direct Line tokens: compact HS256 JWTs signed with a key derived from the secret. A JWT
/// (rather than an opaque string) because DirectLineJS decodes the <c>user</c> claim to know who it is.
/// Only our own header is accepted, so <c>alg: none</c> and algorithm swaps are refused by construction.
/// </summary>
public sealed class DirectLineTokens(DirectLineSecret secret, TimeProvider time, IOptions<DirectLineOptions> options)
{
    private const string Header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"; // {"alg":"HS256","typ":"JWT"}
    private const int MaxTokenLength = 4096;

    public TimeSpan Lifetime => options.Value.TokenLifetime;

    public string Issue(string conversationId, string userId, IReadOnlyList<string>? trustedOrigins)
    {
        var now = time.GetUtcNow();
        var claims = new DirectLineTokenClaims(
            DirectLineTokenClaims.Issuer,
            conversationId,
            userId,
            trustedOrigins is { Count: > 0 } ? trustedOrigins : null,
            now.ToUnixTimeSeconds(),
            (now + Lifetime).ToUnixTimeSeconds());
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims, TokensJsonContext.Default.DirectLineTokenClaims));
        var signed = Header + "." + payload;
        return signed + "." + Base64Url.EncodeToString(Sign(signed));
    }

    /// <summary>Seconds until the token expires, as <c>expires_in</c> reports it.</summary>
    public int SecondsLeft(DirectLineTokenClaims claims) =>
        (int)Math.Max(0, claims.Exp - time.GetUtcNow().ToUnixTimeSeconds());

    public TokenStatus Validate(string token, out DirectLineTokenClaims? claims)
    {
        claims = null;
        if (token.Length > MaxTokenLength || !token.StartsWith(Header + ".", StringComparison.Ordinal))
        {
            return TokenStatus.Invalid;
        }

        var lastDot = token.LastIndexOf('.');
        if (lastDot <= Header.Length)
        {
            return TokenStatus.Invalid;
        }

        // TryDecodeFromChars throws on characters outside base64url, so those are refused first.
        var encodedSignature = token.AsSpan(lastDot + 1);
        var signature = new byte[HMACSHA256.HashSizeInBytes];
        if (!Base64Url.IsValid(encodedSignature)
            || !Base64Url.TryDecodeFromChars(encodedSignature, signature, out var written)
            || written != signature.Length
            || !CryptographicOperations.FixedTimeEquals(signature, Sign(token[..lastDot])))
        {
            return TokenStatus.Invalid;
        }

        claims = ReadClaims(token.AsSpan(Header.Length + 1, lastDot - Header.Length - 1));
        if (claims is null || claims.Iss != DirectLineTokenClaims.Issuer || claims.Conv.Length == 0 || claims.User.Length == 0)
        {
            claims = null;
            return TokenStatus.Invalid;
        }

        return time.GetUtcNow().ToUnixTimeSeconds() < claims.Exp ? TokenStatus.Valid : TokenStatus.Expired;
    }

    private byte[] Sign(string headerAndPayload) =>
        HMACSHA256.HashData(secret.SigningKey, Encoding.ASCII.GetBytes(headerAndPayload));

    private static DirectLineTokenClaims? ReadClaims(ReadOnlySpan<char> payload)
    {
        try
        {
            // The signature already matched, so this is our own JSON; the catch only guards against a changed key format.
            return JsonSerializer.Deserialize(Base64Url.DecodeFromChars(payload), TokensJsonContext.Default.DirectLineTokenClaims);
        }
        catch (Exception error) when (error is JsonException or FormatException)
        {
            return null;
        }
    }
}
