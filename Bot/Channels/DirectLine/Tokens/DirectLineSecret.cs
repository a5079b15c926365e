using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using GuidanceBot.Bot.Logging;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.DirectLine.Tokens;

/// <summary>
/// The embedded Direct Line's secret and the token signing key derived from it. Configured: tokens survive
/// restarts. Unset in Development: a random secret for this run (its value is never logged; use the token
/// endpoint, or set DirectLine:Secret to call tokens/generate yourself). Unset elsewhere: the service is disabled.
/// </summary>
public sealed class DirectLineSecret
{
    private static readonly byte[] SigningPurpose = "GuidanceBot Direct Line token signing v1"u8.ToArray();

    private readonly byte[]? _secretHash;

    public DirectLineSecret(IOptions<DirectLineOptions> options, IHostEnvironment environment, ILogger<DirectLineSecret> logger)
    {
        var secret = options.Value.Secret;
        if (string.IsNullOrWhiteSpace(secret))
        {
            if (!environment.IsDevelopment())
            {
                BotLog.DirectLineDisabled(logger);
                return;
            }

            secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
            BotLog.DirectLineSecretGenerated(logger);
        }

        var secretBytes = Encoding.UTF8.GetBytes(secret);
        _secretHash = SHA256.HashData(secretBytes);
        SigningKey = HMACSHA256.HashData(secretBytes, SigningPurpose);
    }

    /// <summary>False when no secret is configured outside Development: every embedded endpoint answers 503.</summary>
    public bool IsAvailable => _secretHash is not null;

    /// <summary>A key derived from the secret, so the secret itself never signs anything.</summary>
    public byte[] SigningKey { get; } = [];

    /// <summary>Constant-time comparison (of hashes, so the length leaks nothing either).</summary>
    public bool Matches(string bearer) =>
        _secretHash is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(bearer)), _secretHash);
}
