namespace GuidanceBot.Bot.Channels.BotFramework.Auth;

public static class BotFrameworkAuthHosting
{
    /// <summary>Inbound token validation for /api/messages.</summary>
    public static IServiceCollection AddBotFrameworkAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IChannelAuthenticator, AnonymousOnlyAuthenticator>();
        return services;
    }
}
