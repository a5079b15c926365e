namespace GuidanceBot.Dialogs.State;

/// <summary>
/// One stored value: its UTF-8 JSON and the ETag the store gave it. On write, <see cref="ETag"/> is the
/// condition: <c>null</c> or <see cref="ETags.Any"/> writes unconditionally, <see cref="ETags.New"/>
/// writes only if the key does not exist yet, any other value only if it still matches.
/// </summary>
public sealed record StoreItem(byte[] Utf8Json, string? ETag);
