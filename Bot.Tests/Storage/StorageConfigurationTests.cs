using GuidanceBot.Bot.Storage;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Tests.Storage;

/// <summary>Storage configuration that cannot work stops the host at start-up with a message naming the setting.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class StorageConfigurationTests
{
    private const string AzuriteConnectionString = "UseDevelopmentStorage=true";

    [Theory]
    [InlineData("Cosmos", null, null, null, "Storage:Provider 'Cosmos' is not known")]
    [InlineData("AzureBlob", null, null, null, "set exactly one of Storage:AzureBlob:ConnectionString or Storage:AzureBlob:AccountUrl")]
    [InlineData("AzureBlob", AzuriteConnectionString, "https://account.blob.core.windows.net", null, "set exactly one of")]
    [InlineData("AzureBlob", "AccountName=x;NotAKey", null, null, "Storage:AzureBlob:ConnectionString is not a valid Azure Storage connection string")]
    [InlineData("AzureBlob", null, "http://account.blob.core.windows.net", null, "must be an absolute https URL")]
    [InlineData("AzureBlob", AzuriteConnectionString, null, "Bad_Name", "Storage:AzureBlob:Container 'Bad_Name' is not a valid container name")]
    public void InvalidAzureBlobSettingsAreRefusedWithTheSettingNamed(string provider, string? connectionString, string? accountUrl, string? container, string expected)
    {
        var options = new StorageOptions { Provider = provider };
        options.AzureBlob.ConnectionString = connectionString ?? "";
        options.AzureBlob.AccountUrl = accountUrl ?? "";
        options.AzureBlob.Container = container ?? options.AzureBlob.Container;

        var result = new StorageOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, failure => failure.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void TheSecretOfABadConnectionStringIsNotRepeated()
    {
        var options = new StorageOptions { Provider = StorageProviders.AzureBlob };
        options.AzureBlob.ConnectionString = "AccountName=x;AccountKey=s3cr3t-value;Garbage";

        var result = new StorageOptionsValidator().Validate(null, options);

        Assert.DoesNotContain("s3cr3t", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StorageProviders.Sqlite)]
    [InlineData(StorageProviders.Memory)]
    public void TheDefaultsAreValid(string provider)
    {
        Assert.True(new StorageOptionsValidator().Validate(null, new StorageOptions { Provider = provider }).Succeeded);
    }

    [Fact]
    public void AnAccountUrlWithAUserAssignedIdentityIsValid()
    {
        var options = new StorageOptions { Provider = StorageProviders.AzureBlob };
        options.AzureBlob.AccountUrl = "https://account.blob.core.windows.net";
        options.AzureBlob.ManagedIdentityClientId = Guid.NewGuid().ToString();

        Assert.True(new StorageOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public async Task TheHostRefusesToStartWithAnInvalidStorageConfiguration()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:Retention"] = "-1.00:00:00",
        }));

        Assert.Contains("Storage:AzureBlob:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:Retention must be a positive time span", error.Message, StringComparison.Ordinal);
    }
}
