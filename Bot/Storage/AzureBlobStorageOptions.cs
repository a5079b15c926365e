namespace GuidanceBot.Bot.Storage;

/// <summary>
/// The "Storage:AzureBlob" section: where the blobs live. Give either <see cref="ConnectionString"/> (development,
/// Azurite, account keys) or <see cref="AccountUrl"/>, which signs in with the host's managed identity.
/// </summary>
public sealed class AzureBlobStorageOptions
{
    /// <summary>An Azure Storage connection string, e.g. <c>UseDevelopmentStorage=true</c> for Azurite. A secret: keep it out of appsettings.json.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The account's blob endpoint, e.g. <c>https://myaccount.blob.core.windows.net</c>, used with a managed identity.</summary>
    public string AccountUrl { get; set; } = "";

    /// <summary>The client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string ManagedIdentityClientId { get; set; } = "";

    /// <summary>Created on first use if missing.</summary>
    public string Container { get; set; } = "guidancebot";

    /// <summary>How long one try of one call may take before it is retried or given up.</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Retries of a failed call; kept low so a user waits seconds, not minutes, for "please try again".</summary>
    public int MaxRetries { get; set; } = 2;
}
