namespace GuidanceBot.Bot.WebChat;

public static class WebChatHosting
{
    /// <summary>
    /// The Web Chat page at <c>/</c> and its files from the web root (<c>wwwroot</c> in the output folder, where
    /// the build copies the page and the npm Web Chat bundle). Same origin as Direct Line, so no CORS.
    /// </summary>
    public static WebApplication UseWebChatPage(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = WebChatPageHeaders.Apply });
        return app;
    }
}
