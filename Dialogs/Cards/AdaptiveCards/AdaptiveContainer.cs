namespace GuidanceBot.Dialogs.Cards.AdaptiveCards;

public sealed class AdaptiveContainer : AdaptiveElement
{
    public List<AdaptiveElement> Items { get; init; } = [];
    public string? Style { get; init; }
}
