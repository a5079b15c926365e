using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Interpretation;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>Reads a description with the knowledge base's interpreter (phrases, negation, synonyms from content).</summary>
public sealed class InterpreterContextReader : IContextReader
{
    public ContextReading Read(KnowledgeBase knowledge, string text, string? locale)
    {
        var interpretation = ContextInterpreter.Interpret(knowledge, text, locale);
        return interpretation.Slots.Count == 0
            ? ContextReading.Nothing
            : new ContextReading([.. interpretation.Slots.Select(found =>
                new KeyValuePair<string, IReadOnlyList<string>>(found.Slot, [.. found.Values.Select(value => value.Value)]))]);
    }
}
