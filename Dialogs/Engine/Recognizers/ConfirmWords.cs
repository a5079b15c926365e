namespace GuidanceBot.Dialogs.Engine.Recognizers;

/// <summary>The words that mean yes and no in one language (from content, so languages can be added without code).</summary>
public sealed record ConfirmWords(IReadOnlyList<string> Yes, IReadOnlyList<string> No);
