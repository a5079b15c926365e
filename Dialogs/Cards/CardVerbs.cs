namespace GuidanceBot.Dialogs.Cards;

/// <summary>The <c>verb</c> values card buttons carry, so a press and typed text reach the same handling.</summary>
public static class CardVerbs
{
    public const string Start = "start";
}
