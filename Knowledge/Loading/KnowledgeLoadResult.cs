using GuidanceBot.Knowledge.Validation;

namespace GuidanceBot.Knowledge.Loading;

/// <summary>The outcome of loading a content folder: the knowledge base when there were no errors, and the full report.</summary>
public sealed record KnowledgeLoadResult(KnowledgeBase? KnowledgeBase, ValidationReport Report)
{
    public bool Succeeded => KnowledgeBase is not null;
}
