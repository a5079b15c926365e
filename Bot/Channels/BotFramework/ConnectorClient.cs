using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GuidanceBot.Bot.Channels.BotFramework.Tokens;
using GuidanceBot.Bot.Logging;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Bot.Channels.BotFramework;

/// <summary>
/// Sends activities (messages, typing, updates) to the Connector at the activity's own serviceUrl with the
/// bot's bearer token (none in anonymous mode). A 401 gets one token refresh and one retry; throttling and
/// transient failures are retried per <see cref="ConnectorRetryPolicy"/>; anything else ends in a
/// <see cref="ConnectorException"/>. Redirects are not followed, so the token never reaches another host.
/// </summary>
public sealed class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IConnectorTokenProvider tokens,
    ConnectorRetryPolicy retryPolicy,
    TimeProvider time,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "BotFramework.Connector";
    public const string CorrelationHeader = "X-Correlating-OperationId";

    private static readonly MediaTypeHeaderValue JsonUtf8 = new("application/json") { CharSet = "utf-8" };

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        SendCoreAsync(HttpMethod.Post, ConnectorUrls.Activities(RequireServiceUrl(activity), activity.Conversation!.Id, activity.ReplyToId), activity, cancellationToken);

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(activity.Id)
            ? throw new InvalidOperationException("An update needs the id of the activity it replaces.")
            : SendCoreAsync(HttpMethod.Put, ConnectorUrls.Activities(RequireServiceUrl(activity), activity.Conversation!.Id, activity.Id), activity, cancellationToken);

    private static string RequireServiceUrl(Activity activity) =>
        activity.ServiceUrl is { Length: > 0 } url && activity.Conversation is { Id.Length: > 0 }
            ? url
            : throw new InvalidOperationException("An outgoing activity needs a serviceUrl and a conversation id.");

    private async Task<ResourceResponse> SendCoreAsync(HttpMethod method, Uri url, Activity activity, CancellationToken cancellationToken)
    {
        var body = ProtocolJson.Serialize(activity);
        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (token is not null && url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback)
        {
            throw new InvalidOperationException($"The bot's token is only sent over https; refusing to call {url.Host}.");
        }

        var http = httpClientFactory.CreateClient(HttpClientName);
        var tokenRefreshed = false;
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await SendOnceAsync(http, method, url, body, token, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (IsNetworkError(error, cancellationToken) && attempt < retryPolicy.MaxAttempts)
            {
                var backoff = retryPolicy.Backoff(attempt);
                BotLog.ConnectorNetworkErrorRetrying(logger, error, method.Method, url.Host, attempt, (long)backoff.TotalMilliseconds);
                Telemetry.BotTelemetry.ConnectorRetried(0);
                await Task.Delay(backoff, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                if (response.IsSuccessStatusCode)
                {
                    return await ReadResourceResponseAsync(response, cancellationToken).ConfigureAwait(false);
                }

                if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null && !tokenRefreshed)
                {
                    BotLog.ConnectorTokenRejected(logger, url.Host);
                    tokenRefreshed = true;
                    token = await tokens.RefreshAsync(token, cancellationToken).ConfigureAwait(false);
                    attempt--; // the refresh retry is extra, not one of the backoff attempts
                    continue;
                }

                if (attempt < retryPolicy.MaxAttempts && retryPolicy.DelayBeforeRetry(response, attempt, time.GetUtcNow()) is { } delay)
                {
                    BotLog.ConnectorCallRetrying(logger, method.Method, url.Host, (int)response.StatusCode, attempt, (long)delay.TotalMilliseconds);
                    Telemetry.BotTelemetry.ConnectorRetried((int)response.StatusCode);
                    await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw await FailureAsync(method, url, response, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<HttpResponseMessage> SendOnceAsync(HttpClient http, HttpMethod method, Uri url, byte[] body, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = JsonUtf8;
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new ResourceResponse(ReadString(body, "id") ?? "");
    }

    private async Task<ConnectorException> FailureAsync(HttpMethod method, Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var code = ReadString(body, "error", "code");
        var correlationId = response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;
        var status = (int)response.StatusCode;
        BotLog.ConnectorCallFailed(logger, method.Method, url.Host, status, code, correlationId);
        return new ConnectorException(status, code, correlationId, $"{method.Method} to the Connector at {url.Host} failed with {status} ({code ?? "no error code"}).");
    }

    /// <summary>A string at <paramref name="path"/> in a JSON body, or null when the body is empty, not JSON, or lacks it.</summary>
    private static string? ReadString(byte[] body, params ReadOnlySpan<string> path)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var element = document.RootElement;
            foreach (var name in path)
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
                {
                    return null;
                }
            }

            return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsNetworkError(Exception error, CancellationToken cancellationToken) =>
        error is HttpRequestException || (error is TaskCanceledException && !cancellationToken.IsCancellationRequested);
}
