using System.Runtime.CompilerServices;

namespace GuidanceBot.Knowledge;

/// <summary>
/// Something derived from one knowledge snapshot (a search index, compiled phrases, a country finder), built once, on
/// first use, and kept exactly as long as the snapshot. The folder that derives it owns it, so the knowledge base
/// holds content only and never needs the folders that read it; a reload brings a new snapshot and so a new build.
/// </summary>
public sealed class PerSnapshot<T>
    where T : class
{
    private readonly ConditionalWeakTable<KnowledgeBase, Lazy<T>> _built = new();
    private readonly ConditionalWeakTable<KnowledgeBase, Lazy<T>>.CreateValueCallback _create;

    public PerSnapshot(Func<KnowledgeBase, T> build)
    {
        // The lazy value makes two first callers share one build instead of racing to build twice.
        _create = knowledge => new Lazy<T>(() => build(knowledge), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public T Of(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return (_built.TryGetValue(knowledge, out var built) ? built : _built.GetValue(knowledge, _create)).Value;
    }
}
