using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Bot.Hosting;

/// <summary>The "Knowledge" section: where the content files are, relative to the bot's folder.</summary>
public sealed class KnowledgeHostingOptions
{
    public const string Section = "Knowledge";

    public string ContentPath { get; set; } = "Content";

    public string ResolveContentPath() =>
        Path.IsPathRooted(ContentPath) ? ContentPath : Path.Combine(AppContext.BaseDirectory, ContentPath);
}

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
