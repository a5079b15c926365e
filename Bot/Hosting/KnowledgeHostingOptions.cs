namespace GuidanceBot.Bot.Hosting;

/// <summary>The "Knowledge" section: where the content files are (relative to the bot's folder) and how reloads behave.</summary>
public sealed class KnowledgeHostingOptions
{
    public const string Section = "Knowledge";

    public string ContentPath { get; set; } = "Content";

    /// <summary>Watch the content folder and reload when a file changes (an invalid edit is rejected and logged).</summary>
    public bool ReloadOnChange { get; set; } = true;

    /// <summary>Quiet time after the last file change before reloading, so a save of several files reloads once.</summary>
    public int ReloadDelayMilliseconds { get; set; } = 300;

    public string ResolveContentPath() =>
        Path.IsPathRooted(ContentPath) ? ContentPath : Path.Combine(AppContext.BaseDirectory, ContentPath);
}
