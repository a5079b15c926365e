using GuidanceBot.Bot.Logging;
using GuidanceBot.Dialogs.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Storage;

/// <summary>Registers the configured <see cref="IStorage"/> back end, its options validation and the retention job.</summary>
public static class StorageHosting
{
    public static IServiceCollection AddBotStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IStorage>(CreateStorage);
        services.AddSingleton<StorageRetention>();
        services.AddHostedService(provider => provider.GetRequiredService<StorageRetention>());
        return services;
    }

    private static IStorage CreateStorage(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        var clock = provider.GetRequiredService<TimeProvider>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageHosting).FullName!);
        switch (options.Provider)
        {
            case StorageProviders.Memory:
                BotLog.StorageSelected(logger, options.Provider, "in process; lost on restart");
                return new MemoryStorage(clock);
            case StorageProviders.AzureBlob:
                var blob = AzureBlobStorage.Create(options.AzureBlob);
                BotLog.StorageSelected(logger, options.Provider, blob.ContainerUri.GetLeftPart(UriPartial.Path));
                return blob;
            default:
                BotLog.StorageSelected(logger, options.Provider, Path.GetFullPath(options.SqlitePath));
                return new SqliteStorage(options.SqlitePath, clock);
        }
    }
}
