using GuidanceBot.Bot.Logging;
using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Loading;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Bot.Hosting;

/// <summary>
/// Loads the content folder at start-up (refusing to start on invalid content), serves it through one
/// <see cref="IKnowledgeBaseProvider"/>, and reloads it when files change.
/// </summary>
public static class KnowledgeHosting
{
    public static IServiceCollection AddKnowledgeContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KnowledgeHostingOptions>().BindConfiguration(KnowledgeHostingOptions.Section);
        services.AddSingleton(provider =>
        {
            var options = configuration.GetSection(KnowledgeHostingOptions.Section).Get<KnowledgeHostingOptions>() ?? new();
            var path = options.ResolveContentPath();
            var result = KnowledgeLoader.Load(path);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The content in {path} is not valid; run validate-content for details:{Environment.NewLine}{result.Report}");
            }

            KnowledgeLog.ContentLoaded(provider.GetRequiredService<ILogger<KnowledgeBaseProvider>>(), result.KnowledgeBase!.Version, result.KnowledgeBase.Items.Count);
            return new KnowledgeBaseProvider(result.KnowledgeBase);
        });
        services.AddSingleton<IKnowledgeBaseProvider>(provider => provider.GetRequiredService<KnowledgeBaseProvider>());

        // Resolved per use, so consumers created after a reload see the new wording. Long-lived consumers should
        // take IKnowledgeBaseProvider and read Current once per turn instead.
        services.AddTransient<ResponseCatalog>(provider => provider.GetRequiredService<IKnowledgeBaseProvider>().Current.Responses);
        services.AddHostedService<KnowledgeContentWatcher>();
        return services;
    }
}
