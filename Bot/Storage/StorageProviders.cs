namespace GuidanceBot.Bot.Storage;

/// <summary>The values <c>Storage:Provider</c> accepts.</summary>
public static class StorageProviders
{
    /// <summary>One SQLite file on local disk (the default): durable, for a single instance.</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>Azure Blob Storage: durable and shared, for several instances behind a load balancer.</summary>
    public const string AzureBlob = "AzureBlob";

    /// <summary>In process, lost on restart: tests and throwaway development runs.</summary>
    public const string Memory = "Memory";
}
