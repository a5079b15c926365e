namespace GuidanceBot.Knowledge.Search;

/// <summary>
/// <c>knowledge.Search</c>: the search index of a snapshot, built once, on first use, and shared by every query on
/// that snapshot (building takes milliseconds, a query microseconds).
/// </summary>
public static class KnowledgeBaseSearch
{
    private static readonly PerSnapshot<KnowledgeSearchIndex> Indexes = new(static knowledge => new KnowledgeSearchIndex(knowledge));

    extension(KnowledgeBase knowledge)
    {
        public KnowledgeSearchIndex Search => Indexes.Of(knowledge);
    }
}
