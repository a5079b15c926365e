namespace GuidanceBot.Dialogs.State;

/// <summary>
/// Durable key/value storage with optimistic concurrency. Every back end (memory, SQLite, Azure Blob)
/// honours the same ETag rules, so a turn that lost a race finds out instead of overwriting.
/// </summary>
public interface IStorage
{
    /// <summary>The items that exist among <paramref name="keys"/>; missing keys are simply absent.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes all changes or throws <see cref="EtagException"/> for the first one whose condition fails.
    /// Returns the new ETag of each key.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}
