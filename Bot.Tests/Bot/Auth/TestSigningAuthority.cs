using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GuidanceBot.Tests.Bot.Auth;

/// <summary>
/// Plays the Bot Connector's token issuer: serves OpenID metadata and a JWKS with locally generated RSA keys
/// (each with a kid and endorsements), counts fetches, and mints tokens. Tokens are built by hand with the
/// BCL, independently of the library the bot validates with, so malformed and hostile variants are easy.
/// </summary>
public sealed class TestSigningAuthority : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "00000000-0000-0000-0000-00000000a11d";

    private readonly Lock _gate = new();
    private readonly List<(string KeyId, RSA Key, string[]? Endorsements)> _published = [];
    private readonly Dictionary<string, RSA> _keys = new(StringComparer.Ordinal);
    private LoopbackServer _server = null!;
    private int _metadataFetches;
    private int _jwksFetches;

    public string MetadataUrl => _server.Url("v1/.well-known/openidconfiguration");

    public int MetadataFetches => Volatile.Read(ref _metadataFetches);

    public int JwksFetches => Volatile.Read(ref _jwksFetches);

    /// <summary>When set, the JWKS endpoint answers 500 (to test keeping the last good keys).</summary>
    public bool KeysUnavailable { get; set; }

    /// <summary>Bot settings that make the bot trust this authority.</summary>
    public Dictionary<string, string?> BotSettings() => new()
    {
        ["BotFrameworkAuth:MicrosoftAppType"] = "SingleTenant",
        ["BotFrameworkAuth:MicrosoftAppId"] = AppId,
        ["BotFrameworkAuth:MicrosoftAppPassword"] = "test-secret",
        ["BotFrameworkAuth:MicrosoftAppTenantId"] = "tenant-1",
        ["BotFrameworkAuth:OpenIdMetadataUrl"] = MetadataUrl,
    };

    /// <summary>Starts with key <c>k1</c> endorsed for msteams and directline, as protocol.md §7 assumes.</summary>
    public static async Task<TestSigningAuthority> StartAsync()
    {
        var authority = new TestSigningAuthority();
        authority.Publish("k1", "msteams", "directline");
        authority._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", authority.Metadata);
            app.MapGet("/v1/.well-known/keys", authority.Jwks);
        });
        return authority;
    }

    /// <summary>Creates key <paramref name="keyId"/> and publishes it (null endorsements: the field is left out).</summary>
    public void Publish(string keyId, params string[]? endorsements)
    {
        lock (_gate)
        {
            _published.Add((keyId, KeyFor(keyId), endorsements));
        }
    }

    /// <summary>Takes key <paramref name="keyId"/> out of the JWKS (revocation).</summary>
    public void Withdraw(string keyId)
    {
        lock (_gate)
        {
            _published.RemoveAll(entry => entry.KeyId == keyId);
        }
    }

    /// <summary>A key with this kid that is not published (for forged or unknown-key tokens).</summary>
    public RSA KeyFor(string keyId)
    {
        lock (_gate)
        {
            if (!_keys.TryGetValue(keyId, out var key))
            {
                key = RSA.Create(2048);
                _keys[keyId] = key;
            }

            return key;
        }
    }

    /// <summary>
    /// A token as the Bot Connector issues it: RS256, kid k1, iss/aud/serviceurl, nbf now−1 min, exp now+1 h.
    /// <paramref name="header"/> and <paramref name="claims"/> edit the JSON before signing; <c>alg</c> decides how it is signed.
    /// </summary>
    public string CreateToken(
        string serviceUrl,
        Action<JsonObject>? header = null,
        Action<JsonObject>? claims = null,
        RSA? signWith = null,
        DateTimeOffset? now = null)
    {
        var at = now ?? DateTimeOffset.UtcNow;
        var head = new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = "k1" };
        var body = new JsonObject
        {
            ["iss"] = Issuer,
            ["aud"] = AppId,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = at.AddMinutes(-1).ToUnixTimeSeconds(),
            ["iat"] = at.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = at.AddHours(1).ToUnixTimeSeconds(),
        };
        header?.Invoke(head);
        claims?.Invoke(body);

        var signingInput = Base64Url(head.ToJsonString()) + "." + Base64Url(body.ToJsonString());
        var key = signWith ?? KeyFor((string?)head["kid"] ?? "k1");
        return signingInput + "." + Sign(signingInput, (string?)head["alg"], key);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        foreach (var key in _keys.Values)
        {
            key.Dispose();
        }
    }

    private IResult Metadata()
    {
        Interlocked.Increment(ref _metadataFetches);
        return Results.Json(new JsonObject
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = _server.Url("v1/.well-known/keys"),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        });
    }

    private IResult Jwks()
    {
        Interlocked.Increment(ref _jwksFetches);
        if (KeysUnavailable)
        {
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        var keys = new JsonArray();
        lock (_gate)
        {
            foreach (var (keyId, key, endorsements) in _published)
            {
                var parameters = key.ExportParameters(includePrivateParameters: false);
                var entry = new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = keyId,
                    ["n"] = Base64Url(parameters.Modulus!),
                    ["e"] = Base64Url(parameters.Exponent!),
                };
                if (endorsements is not null)
                {
                    entry["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode?)e)]);
                }

                keys.Add(entry);
            }
        }

        return Results.Json(new JsonObject { ["keys"] = keys });
    }

    private static string Sign(string signingInput, string? alg, RSA key)
    {
        var data = Encoding.ASCII.GetBytes(signingInput);
        return alg switch
        {
            "RS256" => Base64Url(key.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)),
            "RS384" => Base64Url(key.SignData(data, HashAlgorithmName.SHA384, RSASignaturePadding.Pkcs1)),
            "RS512" => Base64Url(key.SignData(data, HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1)),
            // The classic confusion attack: HMAC keyed with the public key's modulus.
            "HS256" => Base64Url(HMACSHA256.HashData(key.ExportParameters(false).Modulus!, data)),
            _ => "",
        };
    }

    private static string Base64Url(string text) => Base64Url(Encoding.UTF8.GetBytes(text));

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
