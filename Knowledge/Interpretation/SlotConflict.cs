namespace GuidanceBot.Knowledge.Interpretation;

/// <summary>
/// A one-answer slot for which the description says two or more things equally specifically ("an NGO working for
/// UNHCR"); the slot is left unanswered, and these are the candidates to ask about.
/// </summary>
public sealed record SlotConflict(string Slot, IReadOnlyList<FoundValue> Values);
