using GuidanceBot.Bot.Channels.BotFramework;
using GuidanceBot.Bot.Channels.BotFramework.Auth;
using GuidanceBot.Bot.Errors;
using GuidanceBot.Bot.Storage;

namespace GuidanceBot.Bot.Hosting;

/// <summary>Registers the channels (Bot Framework), their auth, the storage back end and the error policy.</summary>
public static class BotChannelsHosting
{
    public static IServiceCollection AddBotChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);
        services.AddBotStorage();
        services.AddSingleton<TurnErrorHandler>();
        services.AddBotFrameworkAuth(configuration);
        services.AddConnector(configuration);
        services.AddSingleton<CloudAdapter>();
        return services;
    }
}
