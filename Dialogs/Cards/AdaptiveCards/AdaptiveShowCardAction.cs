namespace GuidanceBot.Dialogs.Cards.AdaptiveCards;

/// <summary>
/// Unfolds a card inside the card, below its buttons, and folds it again on a second press. It runs on the client
/// (nothing goes to the bot) and, unlike Action.ToggleVisibility, Web Chat handles it without a console error
/// (BotFramework-WebChat issue 4761); Teams renders it too.
/// </summary>
public sealed class AdaptiveShowCardAction : AdaptiveAction
{
    public AdaptiveCard? Card { get; init; }
}
