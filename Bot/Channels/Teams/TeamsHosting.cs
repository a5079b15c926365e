using GuidanceBot.Bot.Channels.BotFramework;

namespace GuidanceBot.Bot.Channels.Teams;

public static class TeamsHosting
{
    /// <summary>Teams behaviour on the Bot Framework adapter's pipeline: the bot never sees its own @mention.</summary>
    public static WebApplication UseTeamsChannel(this WebApplication app)
    {
        app.Services.GetRequiredService<CloudAdapter>().Use(new RemoveRecipientMentionMiddleware());
        return app;
    }
}
