using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Bot.Hosting;

public static class KnowledgeHosting
{
    public static IServiceCollection AddKnowledgeContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ =>
        {
            var options = configuration.GetSection(KnowledgeHostingOptions.Section).Get<KnowledgeHostingOptions>() ?? new();
            return ResponseCatalog.Load(Path.Combine(options.ResolveContentPath(), "responses.yml"));
        });
        return services;
    }
}
