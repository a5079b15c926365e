namespace GuidanceBot.Bot.Api;

public static class KnowledgeApiHosting
{
    /// <summary>The guidance and knowledge-search JSON API.</summary>
    public static WebApplication MapKnowledgeApi(this WebApplication app) => app;
}
