namespace GuidanceBot.Dialogs.Cards.AdaptiveCards;

public sealed class AdaptiveFactSet : AdaptiveElement
{
    public List<AdaptiveFact> Facts { get; init; } = [];
}

public sealed record AdaptiveFact(string Title, string Value);
