namespace GuidanceBot.Bot.Storage;

/// <summary>The "Storage" section: which back end holds conversation state.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (default, one file), <c>Memory</c> (lost on restart).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Relative paths resolve against the working directory the bot was started from.</summary>
    public string SqlitePath { get; set; } = "data/guidancebot.db";
}
