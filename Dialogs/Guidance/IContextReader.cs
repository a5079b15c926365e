using GuidanceBot.Knowledge;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>Reads context answers out of free text ("we help refugees who may join local cooperatives").</summary>
public interface IContextReader
{
    ContextReading Read(KnowledgeBase knowledge, string text, string? locale);
}

/// <summary>The slots found in a text, each with its value ids, in question order.</summary>
public sealed record ContextReading(IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Found)
{
    public static readonly ContextReading Nothing = new([]);
}
