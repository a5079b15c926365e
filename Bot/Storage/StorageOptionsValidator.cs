using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Storage;

/// <summary>
/// Refuses to start with a storage configuration that cannot work, naming the setting to fix, instead of failing
/// on the first turn. Secrets are never echoed.
/// </summary>
public sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        switch (options.Provider)
        {
            case StorageProviders.Sqlite:
                if (string.IsNullOrWhiteSpace(options.SqlitePath))
                {
                    failures.Add("Storage:SqlitePath is empty; give the path of the SQLite file.");
                }

                break;
            case StorageProviders.AzureBlob:
                ValidateAzureBlob(options.AzureBlob, failures);
                break;
            case StorageProviders.Memory:
                break;
            default:
                failures.Add($"Storage:Provider '{options.Provider}' is not known; use {StorageProviders.Sqlite}, {StorageProviders.AzureBlob} or {StorageProviders.Memory}.");
                break;
        }

        RequirePositive(options.Retention, "Storage:Retention", failures);
        RequirePositive(options.PurgeInterval, "Storage:PurgeInterval", failures);
        RequirePositive(options.ReadinessTimeout, "Storage:ReadinessTimeout", failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateAzureBlob(AzureBlobStorageOptions blob, List<string> failures)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(blob.ConnectionString);
        var hasAccountUrl = !string.IsNullOrWhiteSpace(blob.AccountUrl);
        if (hasConnectionString == hasAccountUrl)
        {
            failures.Add("Storage:Provider is AzureBlob: set exactly one of Storage:AzureBlob:ConnectionString or Storage:AzureBlob:AccountUrl (with a managed identity).");
        }
        else if (hasConnectionString && !IsConnectionString(blob.ConnectionString))
        {
            failures.Add("Storage:AzureBlob:ConnectionString is not a valid Azure Storage connection string.");
        }
        else if (hasAccountUrl && !(Uri.TryCreate(blob.AccountUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps))
        {
            failures.Add($"Storage:AzureBlob:AccountUrl '{blob.AccountUrl}' must be an absolute https URL such as https://myaccount.blob.core.windows.net.");
        }

        if (!string.IsNullOrWhiteSpace(blob.ManagedIdentityClientId) && (hasConnectionString || !Guid.TryParse(blob.ManagedIdentityClientId, out _)))
        {
            failures.Add("Storage:AzureBlob:ManagedIdentityClientId must be a client id (a GUID) and goes with AccountUrl, not with a connection string.");
        }

        if (!ContainerName().IsMatch(blob.Container))
        {
            failures.Add($"Storage:AzureBlob:Container '{blob.Container}' is not a valid container name: 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.");
        }

        RequirePositive(blob.NetworkTimeout, "Storage:AzureBlob:NetworkTimeout", failures);
        if (blob.MaxRetries is < 0 or > 10)
        {
            failures.Add("Storage:AzureBlob:MaxRetries must be between 0 and 10.");
        }
    }

    private static bool IsConnectionString(string connectionString)
    {
        try
        {
            _ = new BlobServiceClient(connectionString); // parses only; no call is made
            return true;
        }
        catch (Exception error) when (error is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void RequirePositive(TimeSpan value, string setting, List<string> failures)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{setting} must be a positive time span such as 00:05:00 (it is {value}).");
        }
    }

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9](?:-?[a-z0-9])*$")]
    private static partial Regex ContainerName();
}
