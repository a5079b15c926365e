using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using GuidanceBot.Dialogs.State;

namespace GuidanceBot.Bot.Storage;

/// <summary>
/// <see cref="IStorage"/> as one blob per key in an Azure Blob Storage container, shared by every instance of the
/// bot. ETags are the blobs' own, and each write is a conditional PUT (<c>If-Match</c>, or
/// <c>If-None-Match: *</c> for create-only), so races are decided by the service.
/// <para>
/// Blob Storage has no transactions across blobs. A multi-key write therefore first checks every condition
/// against the blobs' current ETags and fails before writing anything if one does not hold; then it writes the
/// conditional keys first and the unconditional ones last, each with its condition. Only a writer that slips
/// in between the check and the write can make a later key lose, and then the keys written before it stay
/// written. A single-key write (what <see cref="StateAccessor{T}"/> does) cannot end half-done.
/// </para>
/// Transport failures (no answer, timeouts, throttling, 5xx, credentials refused) surface as
/// <see cref="StorageUnavailableException"/> after a few quick retries.
/// </summary>
public sealed class AzureBlobStorage(BlobContainerClient container) : IStorage, IExpiringStorage
{
    private const int PurgePageSize = 1000;
    private const int PurgeParallelism = 8;

    private static readonly BlobHttpHeaders JsonHeaders = new() { ContentType = "application/json" };

    private volatile bool _containerExists;

    /// <summary>The container's address (no credentials), for logs.</summary>
    public Uri ContainerUri => container.Uri;

    /// <summary>A store for <paramref name="options"/>: a connection string, or an account URL with a managed identity.</summary>
    public static AzureBlobStorage Create(AzureBlobStorageOptions options)
    {
        var clientOptions = new BlobClientOptions();
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
        var service = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new BlobServiceClient(new Uri(options.AccountUrl), ManagedIdentity(options.ManagedIdentityClientId), clientOptions)
            : new BlobServiceClient(options.ConnectionString, clientOptions);
        return new AzureBlobStorage(service.GetBlobContainerClient(options.Container));
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        if (keys.Count == 1)
        {
            var key = keys.First();
            if (await ReadOneAsync(key, cancellationToken).ConfigureAwait(false) is { } only)
            {
                found[key] = only;
            }

            return found;
        }

        var reads = keys.Select(key => ReadOneAsync(key, cancellationToken)).ToArray();
        var items = await Task.WhenAll(reads).ConfigureAwait(false);
        var index = 0;
        foreach (var key in keys)
        {
            if (items[index++] is { } item)
            {
                found[key] = item;
            }
        }

        return found;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        var etags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        if (changes.Count == 1)
        {
            var (key, change) = changes.First();
            etags[key] = await WriteOneAsync(key, change, cancellationToken).ConfigureAwait(false);
            return etags;
        }

        await CheckConditionsAsync(changes, cancellationToken).ConfigureAwait(false);
        foreach (var (key, change) in changes.OrderBy(change => IsUnconditional(change.Value.ETag)))
        {
            etags[key] = await WriteOneAsync(key, change, cancellationToken).ConfigureAwait(false);
        }

        return etags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(keys.Select(key =>
                container.GetBlobClient(BlobNames.FromKey(key)).DeleteIfExistsAsync(cancellationToken: cancellationToken))).ConfigureAwait(false);
        }
        catch (RequestFailedException error) when (error.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            // Nothing was ever written, so there is nothing to delete.
        }
        catch (Exception error) when (IsUnavailable(error, cancellationToken))
        {
            throw Unavailable("delete", error);
        }
    }

    /// <summary>
    /// Walks the container a page at a time and deletes expired blobs a few at a time, each only if its ETag is
    /// still the listed one, so a blob written meanwhile survives. Memory use is bounded by the page size.
    /// </summary>
    public async Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, string? keepPrefix, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = PurgeParallelism, CancellationToken = cancellationToken };
        try
        {
            await foreach (var page in container.GetBlobsAsync(new GetBlobsOptions(), cancellationToken).AsPages(pageSizeHint: PurgePageSize).ConfigureAwait(false))
            {
                var expired = page.Values.Where(blob => blob.Properties.LastModified < cutoff
                    && !(keepPrefix is not null && BlobNames.KeyOrHeadOf(blob.Name).StartsWith(keepPrefix, StringComparison.Ordinal)));
                await Parallel.ForEachAsync(expired, parallel, async (blob, token) =>
                {
                    if (await DeleteIfUnchangedAsync(blob, token).ConfigureAwait(false))
                    {
                        Interlocked.Increment(ref deleted);
                    }
                }).ConfigureAwait(false);
            }
        }
        catch (RequestFailedException error) when (error.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            // No container, no state.
        }
        catch (Exception error) when (IsUnavailable(error, cancellationToken))
        {
            throw Unavailable("purge", error);
        }

        return deleted;
    }

    private async Task<StoreItem?> ReadOneAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var download = await container.GetBlobClient(BlobNames.FromKey(key)).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return new StoreItem(download.Value.Content.ToArray(), download.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException error) when (error.Status == 404)
        {
            return null; // BlobNotFound, or ContainerNotFound before the first write
        }
        catch (Exception error) when (IsUnavailable(error, cancellationToken))
        {
            throw Unavailable("read", error);
        }
    }

    private async Task<string> WriteOneAsync(string key, StoreItem change, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(BlobNames.FromKey(key));
        var options = new BlobUploadOptions { Conditions = Condition(change.ETag), HttpHeaders = JsonHeaders };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var written = await blob.UploadAsync(new BinaryData(change.Utf8Json), options, cancellationToken).ConfigureAwait(false);
                return written.Value.ETag.ToString();
            }
            catch (RequestFailedException error) when (error.ErrorCode == BlobErrorCode.ContainerNotFound && attempt == 1)
            {
                // The container went away (deleted, or an emulator restarted empty): create it again and retry once.
                _containerExists = false;
                await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException error) when (!IsUnconditional(change.ETag) && error.Status is 404 or 409 or 412)
            {
                // 412 ConditionNotMet (changed), 409 BlobAlreadyExists (create-only), 404 (If-Match on a missing blob).
                throw new EtagException(key);
            }
            catch (Exception error) when (IsUnavailable(error, cancellationToken))
            {
                throw Unavailable("write", error);
            }
        }
    }

    /// <summary>Fails a multi-key write before any key is written if a condition does not hold now.</summary>
    private async Task CheckConditionsAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        var conditional = changes.Where(change => !IsUnconditional(change.Value.ETag)).ToArray();
        var current = await Task.WhenAll(conditional.Select(change => CurrentETagAsync(change.Key, cancellationToken))).ConfigureAwait(false);
        for (var i = 0; i < conditional.Length; i++)
        {
            if (!MemoryStorage.ConditionHolds(conditional[i].Value.ETag, current[i]))
            {
                throw new EtagException(conditional[i].Key);
            }
        }
    }

    private async Task<string?> CurrentETagAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await container.GetBlobClient(BlobNames.FromKey(key)).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return properties.Value.ETag.ToString();
        }
        catch (RequestFailedException error) when (error.Status == 404)
        {
            return null;
        }
        catch (Exception error) when (IsUnavailable(error, cancellationToken))
        {
            throw Unavailable("read", error);
        }
    }

    private async Task<bool> DeleteIfUnchangedAsync(BlobItem blob, CancellationToken cancellationToken)
    {
        try
        {
            var conditions = new BlobRequestConditions { IfMatch = blob.Properties.ETag };
            var response = await container.GetBlobClient(blob.Name).DeleteIfExistsAsync(DeleteSnapshotsOption.None, conditions, cancellationToken).ConfigureAwait(false);
            return response.Value;
        }
        catch (RequestFailedException error) when (error.Status == 412)
        {
            return false; // written again since it was listed: no longer expired
        }
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerExists)
        {
            return;
        }

        try
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            _containerExists = true;
        }
        catch (Exception error) when (IsUnavailable(error, cancellationToken))
        {
            throw Unavailable("create the container", error);
        }
    }

    private static BlobRequestConditions? Condition(string? etag) => etag switch
    {
        null or ETags.Any => null,
        ETags.New => new BlobRequestConditions { IfNoneMatch = ETag.All },
        _ => new BlobRequestConditions { IfMatch = new ETag(etag) },
    };

    private static bool IsUnconditional(string? etag) => etag is null or ETags.Any;

    /// <summary>
    /// The store did not answer or refused us as a client: network failure (status 0, or the retry policy's
    /// AggregateException), timeout, throttling, a server error, or credentials that do not work.
    /// </summary>
    private static bool IsUnavailable(Exception error, CancellationToken cancellationToken) => error switch
    {
        RequestFailedException { Status: 0 or 401 or 403 or 408 or 429 or >= 500 } => true,
        AggregateException or AuthenticationFailedException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested, // the client's own network timeout
        _ => false,
    };

    private StorageUnavailableException Unavailable(string operation, Exception error) =>
        new($"Azure Blob storage could not {operation} (container '{container.Name}': {Describe(error)}).", error);

    private static string Describe(Exception error) => error switch
    {
        RequestFailedException { Status: > 0 } failed => $"HTTP {failed.Status} {failed.ErrorCode}",
        _ => error.GetType().Name,
    };

    private static TokenCredential ManagedIdentity(string clientId) => string.IsNullOrWhiteSpace(clientId)
        ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
        : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
}
