namespace GuidanceBot.Knowledge.Recommendations;

/// <summary>One of the user's answers that a reason rests on (slot and value ids of architecture.md §1).</summary>
public sealed record SlotAnswer(string Slot, string Value);
