namespace GuidanceBot.Dialogs.Guidance;

/// <summary>The global commands; their trigger words live under <c>commands:</c> in responses.yml.</summary>
public static class Commands
{
    public const string Help = "help";
    public const string Restart = "restart";
    public const string Start = "start";
    public const string Cancel = "cancel";
    public const string Change = "change";
    public const string DeleteData = "deleteData";
    public const string Back = "back";
    public const string Summary = "summary";
    public const string Ask = "ask";
    public const string Examples = "examples";
    public const string WhatIf = "whatIf";
    public const string Why = "why";
    public const string Greet = "greet";
    public const string LegalNotes = "legalNotes";

    /// <summary>Shows the language choice; every language's trigger words work (see <see cref="LanguageWords"/>).</summary>
    public const string Language = "language";

    /// <summary>"yes", "ok", "let's go": takes what the bot just offered (see <see cref="Offers"/>).</summary>
    public const string Accept = "accept";

    /// <summary>"no", "not now": declines what the bot just offered.</summary>
    public const string Decline = "decline";

    /// <summary>Commands that may be followed by what they apply to ("change the law", "what if they can only join").</summary>
    public static readonly IReadOnlySet<string> TakeArgument = new HashSet<string>(StringComparer.Ordinal) { Change, WhatIf, Why };
}
