namespace GuidanceBot.Knowledge.Recommendations;

/// <summary>An unanswered slot whose answer would sharpen the guidance: the question to ask and why it matters.</summary>
public sealed record MissingAnswer(string Slot, string Question, string Why, bool Optional);
