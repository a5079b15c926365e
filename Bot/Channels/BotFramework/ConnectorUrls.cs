namespace GuidanceBot.Bot.Channels.BotFramework;

/// <summary>Connector v3 paths: one trailing slash on the service URL, escaped ids (Teams ids hold ':', ';', '@').</summary>
public static class ConnectorUrls
{
    public static Uri Activities(string serviceUrl, string conversationId, string? activityId = null)
    {
        var path = $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(activityId))
        {
            path += "/" + Uri.EscapeDataString(activityId);
        }

        return new Uri(path, UriKind.Absolute);
    }
}
