namespace GuidanceBot.Dialogs.Cards.AdaptiveCards;

/// <summary>A list of options; <see cref="Label"/> is read by screen readers, so every input has one.</summary>
public sealed class AdaptiveChoiceSetInput : AdaptiveElement
{
    public string Label { get; init; } = "";
    public List<AdaptiveChoice> Choices { get; init; } = [];
    public bool? IsMultiSelect { get; init; }

    /// <summary>"expanded" shows radio buttons or check boxes; "compact" a drop-down.</summary>
    public string? Style { get; init; }

    /// <summary>Preselected value(s), comma-separated for multi-select.</summary>
    public string? Value { get; init; }

    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}

public sealed record AdaptiveChoice(string Title, string Value);
