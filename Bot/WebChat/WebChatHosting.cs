namespace GuidanceBot.Bot.WebChat;

public static class WebChatHosting
{
    /// <summary>The Web Chat page at <c>/</c> and its script bundle.</summary>
    public static WebApplication UseWebChatPage(this WebApplication app) => app;
}
