namespace GuidanceBot.Dialogs.State;

/// <summary>A loaded state value with the ETag it was read at, so saving it detects a concurrent change.</summary>
public sealed class StateEntry<T>(string key, T value, string etag)
{
    public string Key { get; } = key;

    public T Value { get; set; } = value;

    /// <summary><see cref="ETags.New"/> when nothing was stored yet.</summary>
    public string ETag { get; internal set; } = etag;
}
