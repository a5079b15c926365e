namespace GuidanceBot.Bot.Storage;

/// <summary>The "Storage" section: which back end holds conversation state, and for how long.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (default, one file), <c>AzureBlob</c> (shared by every instance), <c>Memory</c> (lost on restart).</summary>
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>Relative paths resolve against the working directory the bot was started from.</summary>
    public string SqlitePath { get; set; } = "data/guidancebot.db";

    public AzureBlobStorageOptions AzureBlob { get; set; } = new();

    /// <summary>State nobody wrote for this long is deleted by the retention job.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the retention job runs.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long <c>/readyz</c> waits for the storage probe before it reports the store unavailable.</summary>
    public TimeSpan ReadinessTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
