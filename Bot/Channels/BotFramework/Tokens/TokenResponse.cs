using System.Globalization;
using System.Text.Json;
using GuidanceBot.Bot.Logging;

namespace GuidanceBot.Bot.Channels.BotFramework.Tokens;

/// <summary>
/// Reads an OAuth token response: <c>access_token</c> plus <c>expires_in</c> (Entra, seconds from now) or
/// <c>expires_on</c> (managed identity, seconds since 1970, often as a string). Errors keep only the
/// stable <c>error</c> code for the log; descriptions and bodies are dropped.
/// </summary>
internal static class TokenResponse
{
    public static async Task<AccessToken> ReadAsync(HttpResponseMessage response, string sourceName, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (!response.IsSuccessStatusCode)
            {
                var code = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String
                    ? error.GetString()
                    : null;
                throw Failed(logger, sourceName, (int)response.StatusCode, code);
            }

            var value = root.TryGetProperty("access_token", out var accessToken) && accessToken.ValueKind == JsonValueKind.String
                ? accessToken.GetString()
                : null;
            var expiresOn = ReadSeconds(root, "expires_in") is { } expiresIn ? now.AddSeconds(expiresIn)
                : ReadSeconds(root, "expires_on") is { } epoch ? DateTimeOffset.FromUnixTimeSeconds(epoch)
                : (DateTimeOffset?)null;
            if (string.IsNullOrEmpty(value) || expiresOn is null || expiresOn <= now)
            {
                throw Failed(logger, sourceName, (int)response.StatusCode, "no_usable_token");
            }

            return AccessToken.Create(value, now, expiresOn.Value);
        }
        catch (JsonException error)
        {
            BotLog.ConnectorTokenFailed(logger, sourceName, (int)response.StatusCode, "not_json");
            throw new ConnectorTokenException($"The {sourceName} token endpoint answered {(int)response.StatusCode} without a JSON token response.", error);
        }
    }

    private static ConnectorTokenException Failed(ILogger logger, string sourceName, int statusCode, string? code)
    {
        BotLog.ConnectorTokenFailed(logger, sourceName, statusCode, code);
        return new ConnectorTokenException($"The {sourceName} token endpoint answered {statusCode} ({code ?? "no error code"}).");
    }

    private static long? ReadSeconds(JsonElement root, string name)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }
}
