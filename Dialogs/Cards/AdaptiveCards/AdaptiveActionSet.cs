namespace GuidanceBot.Dialogs.Cards.AdaptiveCards;

public sealed class AdaptiveActionSet : AdaptiveElement
{
    public List<AdaptiveAction> Actions { get; init; } = [];
}
