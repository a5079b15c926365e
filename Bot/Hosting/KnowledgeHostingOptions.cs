namespace GuidanceBot.Bot.Hosting;

/// <summary>The "Knowledge" section: where the content files are, relative to the bot's folder.</summary>
public sealed class KnowledgeHostingOptions
{
    public const string Section = "Knowledge";

    public string ContentPath { get; set; } = "Content";

    public string ResolveContentPath() =>
        Path.IsPathRooted(ContentPath) ? ContentPath : Path.Combine(AppContext.BaseDirectory, ContentPath);
}
