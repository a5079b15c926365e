namespace GuidanceBot.Knowledge.Recommendations;

/// <summary>
/// Why something is in the guidance: the rule that put it there, its reason in words that repeat the user's
/// answers, those answers as ids, and for pathways the points the rule gave (negative lowers the rank).
/// </summary>
public sealed record GuidanceReason(string Rule, string Text, IReadOnlyList<SlotAnswer> Answers, double? Points = null);
