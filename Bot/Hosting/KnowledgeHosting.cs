using System.Diagnostics;
using GuidanceBot.Bot.Logging;
using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Bot.Hosting;

/// <summary>
/// Loads the content folder at start-up (refusing to start on invalid content), serves it through one
/// <see cref="IKnowledgeBaseProvider"/>, reloads it when files change, and builds its search index and description
/// reader in the background once the first turns after start-up have had the CPU.
/// </summary>
public static class KnowledgeHosting
{
    /// <param name="preload">Content already being read (see <see cref="KnowledgeContentPreload"/>); null reads it when first needed.</param>
    public static IServiceCollection AddKnowledgeContent(this IServiceCollection services, IConfiguration configuration, KnowledgeContentPreload? preload = null)
    {
        services.AddOptions<KnowledgeHostingOptions>().BindConfiguration(KnowledgeHostingOptions.Section);
        services.AddSingleton(provider =>
        {
            var options = configuration.GetSection(KnowledgeHostingOptions.Section).Get<KnowledgeHostingOptions>() ?? new();
            var path = options.ResolveContentPath();
            var waited = Stopwatch.StartNew();
            var (result, took) = preload?.Take(path) ?? KnowledgeContentPreload.Read(path);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The content in {path} is not valid; run validate-content for details:{Environment.NewLine}{result.Report}");
            }

            var logger = provider.GetRequiredService<ILogger<KnowledgeBaseProvider>>();
            KnowledgeLog.ContentLoaded(logger, result.KnowledgeBase!.Version, result.KnowledgeBase.Items.Count);
            KnowledgeLog.ContentReadTimed(logger, (long)took.TotalMilliseconds, (long)waited.Elapsed.TotalMilliseconds);
            return new KnowledgeBaseProvider(result.KnowledgeBase);
        });
        services.AddSingleton<IKnowledgeBaseProvider>(provider => provider.GetRequiredService<KnowledgeBaseProvider>());

        // Resolved per use, so consumers created after a reload see the new wording. Long-lived consumers should
        // take IKnowledgeBaseProvider and read Current once per turn instead.
        services.AddTransient<ResponseCatalog>(provider => provider.GetRequiredService<IKnowledgeBaseProvider>().Current.Responses);
        services.AddHostedService<KnowledgeContentWatcher>();
        services.AddHostedService<KnowledgeWarmUp>();
        return services;
    }
}
