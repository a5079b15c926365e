namespace GuidanceBot.Knowledge.Recommendations;

/// <summary>An answer that differs between the two contexts of a what-if.</summary>
public sealed record SlotChange(string Slot, IReadOnlyList<string> Before, IReadOnlyList<string> After);
