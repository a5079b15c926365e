namespace GuidanceBot.Dialogs.Cards.AdaptiveCards;

public sealed class AdaptiveTextBlock : AdaptiveElement
{
    public AdaptiveTextBlock() { }

    public AdaptiveTextBlock(string text) => Text = text;

    public string Text { get; init; } = "";
    public bool? Wrap { get; init; } = true;
    public string? Size { get; init; }
    public string? Weight { get; init; }
    public string? Color { get; init; }
    public bool? IsSubtle { get; init; }

    /// <summary>"heading" makes screen readers announce it as one.</summary>
    public string? Style { get; init; }
}
