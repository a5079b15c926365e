using GuidanceBot.Dialogs.Cards.AdaptiveCards;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>
/// Writes a card's text blocks and, line for line, its fallback text (for hosts that cannot render the card and for
/// screen readers in some hosts), into whichever element list is current: the visible body or a folded section.
/// </summary>
internal sealed class CardBodyWriter(List<AdaptiveElement> target)
{
    public List<string> Fallback { get; } = [];

    /// <summary>Where the next elements go (the card's body, or a container's items).</summary>
    public List<AdaptiveElement> Target { get; set; } = target;

    public void Title(string text)
    {
        Target.Add(new AdaptiveTextBlock(text) { Weight = "Bolder", Size = "Medium", Style = "heading" });
        Fallback.Add(text);
    }

    /// <summary>A section heading: announced as a heading, and bold so colour is never the only cue.</summary>
    public void Heading(string text)
    {
        Target.Add(new AdaptiveTextBlock(text) { Weight = "Bolder", Color = "Accent", Spacing = "Medium", Style = "heading" });
        Fallback.Add("");
        Fallback.Add(text);
    }

    public void Line(string text, bool separator = false, bool bold = false)
    {
        Target.Add(new AdaptiveTextBlock(text)
        {
            Separator = separator ? true : null,
            Spacing = separator ? null : "Small",
            Weight = bold ? "Bolder" : null,
        });
        Fallback.Add(text);
    }

    public void Bullet(string text)
    {
        Target.Add(new AdaptiveTextBlock("- " + text) { Spacing = "Small" });
        Fallback.Add("- " + text);
    }

    /// <summary>A quieter line (a caution, a note on the whole list): subtle, but never the only carrier of meaning.</summary>
    public void Note(string text)
    {
        Target.Add(new AdaptiveTextBlock(text) { IsSubtle = true, Spacing = "Small" });
        Fallback.Add(text);
    }

    public void Small(string text)
    {
        Target.Add(new AdaptiveTextBlock(text) { IsSubtle = true, Size = "Small", Spacing = "Small" });
        Fallback.Add(text);
    }
}
