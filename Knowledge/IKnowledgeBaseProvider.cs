namespace GuidanceBot.Knowledge;

/// <summary>Hands out the knowledge base currently in service. Take one snapshot per turn or request and use only it.</summary>
public interface IKnowledgeBaseProvider
{
    KnowledgeBase Current { get; }
}
