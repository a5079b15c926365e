namespace GuidanceBot.Dialogs.Cards;

/// <summary>The <c>verb</c> values card buttons carry, so a press and typed text reach the same handling.</summary>
public static class CardVerbs
{
    public const string Start = "start";
    public const string StartOver = "startOver";
    public const string Answer = "answer";
    public const string Change = "change";
    public const string Why = "why";
    public const string WhatIf = "whatIf";
    public const string Examples = "examples";
    public const string Ask = "ask";
    public const string Summary = "summary";
    public const string Feedback = "feedback";
    public const string LegalNotes = "legalNotes";
    public const string Language = "language";

    /// <summary>Submit data field naming the card a press came from (stale presses are recognised by it).</summary>
    public const string CardField = "card";

    /// <summary>Submit data field naming the slot a button answers or changes.</summary>
    public const string SlotField = "slot";

    /// <summary>Submit data field naming the language a language button switches to ("fr").</summary>
    public const string LocaleField = "locale";

    /// <summary>Submit data field naming a pathway (for "why").</summary>
    public const string PathwayField = "pathway";
}
