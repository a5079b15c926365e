namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// When a description gives every one of <paramref name="Values"/> for a one-answer slot, it means
/// <paramref name="Means"/> (refugees and host-community members in one text → membership <c>mixed</c>).
/// </summary>
public sealed record SlotCombination(string Slot, IReadOnlyList<string> Values, string Means, SourceLocation Location);
