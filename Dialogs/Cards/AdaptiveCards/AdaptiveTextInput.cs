namespace GuidanceBot.Dialogs.Cards.AdaptiveCards;

/// <summary>A text field; <see cref="Label"/> is read by screen readers.</summary>
public sealed class AdaptiveTextInput : AdaptiveElement
{
    public string Label { get; init; } = "";
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }
    public string? Placeholder { get; init; }
}
