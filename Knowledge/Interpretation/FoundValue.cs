namespace GuidanceBot.Knowledge.Interpretation;

/// <summary>A slot value read from a description, with every stretch of words that says it, in text order.</summary>
public sealed record FoundValue(string Value, IReadOnlyList<Trigger> Triggers);
