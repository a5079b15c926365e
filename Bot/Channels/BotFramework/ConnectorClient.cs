using System.Net.Http.Headers;
using System.Text.Json;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Bot.Channels.BotFramework;

/// <summary>Sends activities to the Connector over a pooled <see cref="HttpClient"/> from the factory.</summary>
public sealed class ConnectorClient(HttpClient http) : IConnectorClient
{
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        SendCoreAsync(HttpMethod.Post, ConnectorUrls.Activities(RequireServiceUrl(activity), activity.Conversation!.Id, activity.ReplyToId), activity, cancellationToken);

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
        SendCoreAsync(HttpMethod.Put, ConnectorUrls.Activities(RequireServiceUrl(activity), activity.Conversation!.Id, activity.Id), activity, cancellationToken);

    private static string RequireServiceUrl(Activity activity) =>
        activity.ServiceUrl is { Length: > 0 } url && activity.Conversation is not null
            ? url
            : throw new InvalidOperationException("An outgoing activity needs a serviceUrl and a conversation.");

    private async Task<ResourceResponse> SendCoreAsync(HttpMethod method, Uri url, Activity activity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url)
        {
            Content = new ByteArrayContent(ProtocolJson.Serialize(activity)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (body.Length == 0)
        {
            return new ResourceResponse("");
        }

        using var document = JsonDocument.Parse(body);
        return new ResourceResponse(document.RootElement.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "");
    }
}
