using GuidanceBot.Bot.Channels.BotFramework;
using GuidanceBot.Bot.Channels.BotFramework.Auth;
using GuidanceBot.Bot.Errors;
using GuidanceBot.Bot.Storage;
using GuidanceBot.Dialogs.State;

namespace GuidanceBot.Bot.Hosting;

/// <summary>Registers the channels (Bot Framework), their auth, the storage back end and the error policy.</summary>
public static class BotChannelsHosting
{
    public static IServiceCollection AddBotChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);

        services.AddSingleton<IStorage>(provider => CreateStorage(configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new()));
        services.AddSingleton<TurnErrorHandler>();
        services.AddBotFrameworkAuth(configuration);
        services.AddConnector(configuration);
        services.AddSingleton<CloudAdapter>();
        return services;
    }

    private static IStorage CreateStorage(StorageOptions options) => options.Provider switch
    {
        "Memory" => new MemoryStorage(),
        "Sqlite" => new SqliteStorage(options.SqlitePath),
        _ => throw new InvalidOperationException($"Storage:Provider '{options.Provider}' is not known; use Sqlite or Memory."),
    };
}
