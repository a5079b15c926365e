namespace GuidanceBot.Knowledge.Interpretation;

/// <summary>A slot filled from a description: its value (several for <c>needs</c>, in the question's order) and why.</summary>
public sealed record SlotFinding(string Slot, IReadOnlyList<FoundValue> Values);
