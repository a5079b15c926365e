using System.Net.Http.Headers;
using System.Net.Http.Json;
using GuidanceBot.Bot.Channels.DirectLine.Wire;
using GuidanceBot.Bot.Logging;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.DirectLine.TokenServer;

/// <summary>
/// Azure mode: asks Azure Bot Service's Direct Line for a token (<c>POST {AzureEndpoint}/v3/directline/tokens/generate</c>
/// with the channel secret), binding the user id and trusted origins into it. The secret travels only here.
/// </summary>
public sealed class AzureDirectLineClient(HttpClient http, IOptions<DirectLineOptions> options, ILogger<AzureDirectLineClient> logger) : IPartnerTokenSource
{
    /// <summary>The conversation Azure allocated, or null when it refused or could not be reached (logged).</summary>
    public async Task<DirectLineConversation?> GenerateTokenAsync(string userId, IReadOnlyList<string> trustedOrigins, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.AzureEndpoint.TrimEnd('/') + DirectLineUrls.BasePath + "/tokens/generate")
        {
            Content = JsonContent.Create(
                new TokenParameters(new TokenUser(userId), trustedOrigins.Count > 0 ? trustedOrigins : null),
                DirectLineJsonContext.Default.TokenParameters),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AzureSecret);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                BotLog.AzureTokenRefused(logger, (int)response.StatusCode);
                return null;
            }

            var conversation = await response.Content.ReadFromJsonAsync(DirectLineJsonContext.Default.DirectLineConversation, cancellationToken).ConfigureAwait(false);
            return conversation is { Token.Length: > 0 } ? conversation : null;
        }
        catch (Exception error) when (error is HttpRequestException or System.Text.Json.JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            BotLog.AzureTokenFailed(logger, error);
            return null;
        }
    }
}
