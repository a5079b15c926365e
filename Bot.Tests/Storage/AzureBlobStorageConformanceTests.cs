using Azure.Storage.Blobs;
using GuidanceBot.Bot.Storage;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Storage;

/// <summary>
/// The conformance suite against the real Azurite emulator (one shared instance per run), each test in a
/// container of its own so tests cannot see each other's blobs.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", TestCategories.RealClients)]
public sealed class AzureBlobStorageConformanceTests : StorageConformanceTests, IAsyncLifetime
{
    private readonly BlobContainerClient _container;

    public AzureBlobStorageConformanceTests(Azurite azurite)
    {
        var name = "conformance-" + Guid.NewGuid().ToString("N");
        Storage = AzureBlobStorage.Create(new AzureBlobStorageOptions { ConnectionString = azurite.ConnectionString, Container = name });
        _container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(name);
    }

    protected override IStorage Storage { get; }

    /// <summary>Blob times are the service's, to the second: wait past a second boundary on either side of the cutoff.</summary>
    protected override async Task<DateTimeOffset> PassTimeAsync()
    {
        await Task.Delay(TimeSpan.FromMilliseconds(1100));
        var cutoff = DateTimeOffset.UtcNow;
        await Task.Delay(TimeSpan.FromMilliseconds(1100));
        return cutoff;
    }

    [Fact]
    public async Task TheContainerIsCreatedOnTheFirstWrite()
    {
        Assert.False(await _container.ExistsAsync());
        Assert.Empty(await Storage.ReadAsync(["before-any-write"], default));

        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["first"] = new("{}"u8.ToArray(), ETags.New) }, default);

        Assert.True(await _container.ExistsAsync());
    }

    [Fact]
    public async Task AContainerDeletedUnderneathIsCreatedAgainOnTheNextWrite()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["before"] = new("{}"u8.ToArray(), null) }, default);
        await _container.DeleteAsync(); // what an emulator restarted without its data looks like

        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["after"] = new("{}"u8.ToArray(), null) }, default);

        Assert.Single(await Storage.ReadAsync(["after"], default));
    }

    [Fact]
    public async Task BlobNamesKeepKeysReadableAsFolders()
    {
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { ["msteams/conversations/a:conv-1"] = new("{}"u8.ToArray(), null) }, default);

        var names = new List<string>();
        await foreach (var blob in _container.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions()))
        {
            names.Add(blob.Name);
        }

        Assert.Equal(["msteams/conversations/a~3Aconv-1"], names);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _container.DeleteIfExistsAsync();
}
