namespace GuidanceBot.Knowledge;

/// <summary>
/// Holds the snapshot in service and swaps it atomically on reload: readers always see one whole, validated
/// knowledge base, never a mix of old and new.
/// </summary>
public sealed class KnowledgeBaseProvider(KnowledgeBase initial) : IKnowledgeBaseProvider
{
    private KnowledgeBase _current = initial;

    public KnowledgeBase Current => Volatile.Read(ref _current);

    /// <summary>Raised after a new snapshot is in service.</summary>
    public event Action<KnowledgeBase>? Replaced;

    public void Replace(KnowledgeBase next)
    {
        Interlocked.Exchange(ref _current, next);
        Replaced?.Invoke(next);
    }
}
