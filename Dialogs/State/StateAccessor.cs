using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace GuidanceBot.Dialogs.State;

/// <summary>
/// Loads and saves one typed state record per key with optimistic concurrency: a save fails with
/// <see cref="EtagException"/> if someone else saved since this turn loaded. Serialisation is
/// source-generated (<paramref name="typeInfo"/>), so state stays typed and fast.
/// </summary>
public sealed class StateAccessor<T>(IStorage storage, JsonTypeInfo<T> typeInfo, Func<T> create, StateReader<T>? read = null)
{
    private readonly StateReader<T> _read = read ?? (utf8Json => JsonSerializer.Deserialize(utf8Json, typeInfo));

    public async Task<StateEntry<T>> LoadAsync(string key, CancellationToken cancellationToken)
    {
        var found = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        if (found.TryGetValue(key, out var item) && item.ETag is not null)
        {
            var value = _read(item.Utf8Json);
            if (value is not null)
            {
                return new StateEntry<T>(key, value, item.ETag);
            }
        }

        return new StateEntry<T>(key, create(), ETags.New);
    }

    public async Task SaveAsync(StateEntry<T> entry, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(entry.Value, typeInfo);
        var etags = await storage.WriteAsync(
            new Dictionary<string, StoreItem>(1, StringComparer.Ordinal) { [entry.Key] = new StoreItem(bytes, entry.ETag) },
            cancellationToken).ConfigureAwait(false);
        entry.ETag = etags[entry.Key];
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => storage.DeleteAsync([key], cancellationToken);
}

/// <summary>Reads a stored record: the serializer's by default, or a hand-written reader where every turn pays for it.</summary>
public delegate T? StateReader<T>(ReadOnlySpan<byte> utf8Json);
