namespace GuidanceBot.Dialogs.State;

/// <summary>A conditional write lost: someone else changed (or created) the item since it was read.</summary>
public sealed class EtagException(string key)
    : Exception($"The stored item '{key}' was changed by another writer.")
{
    public string Key { get; } = key;
}
