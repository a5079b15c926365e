using System.Text.Json.Serialization;

namespace GuidanceBot.Dialogs.Cards.AdaptiveCards;

/// <summary>An Adaptive Card (schema 1.5: the highest Teams renders). Names follow the AdaptiveCards .NET object model.</summary>
public sealed class AdaptiveCard
{
    [JsonPropertyName("$schema")]
    public string Schema { get; init; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Type => "AdaptiveCard";
    public string Version { get; init; } = "1.5";

    /// <summary>Shown by clients that cannot render the card, and read by screen readers in some hosts.</summary>
    public string? FallbackText { get; init; }

    public string? Speak { get; init; }

    /// <summary>True for a right-to-left language (Arabic): the host lays the card out from the right. Set as the card is flavoured for its conversation.</summary>
    public bool? Rtl { get; set; }
    public List<AdaptiveElement> Body { get; init; } = [];
    public List<AdaptiveAction>? Actions { get; init; }
}
