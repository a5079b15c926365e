namespace GuidanceBot.Dialogs.Guidance;

/// <summary>A recognized answer to one question: the slot and its value id(s).</summary>
public sealed record SlotValues(string Slot, IReadOnlyList<string> Values);
