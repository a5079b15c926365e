namespace GuidanceBot.Dialogs.Cards;

/// <summary>A language the user can choose: its content tag ("fr") and its own name ("Français").</summary>
public sealed record LanguageChoice(string Locale, string Name);
