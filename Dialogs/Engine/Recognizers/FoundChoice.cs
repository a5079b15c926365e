namespace GuidanceBot.Dialogs.Engine.Recognizers;

/// <summary>A recognized option: its value, its position, and how it was recognized (for tests and traces).</summary>
public sealed record FoundChoice(string Value, int Index, string MatchedBy);
