using System.Text.Json.Serialization;

namespace GuidanceBot.Dialogs.Cards.AdaptiveCards;

/// <summary>A body element; the <c>type</c> discriminator is written from the concrete class.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AdaptiveTextBlock), "TextBlock")]
[JsonDerivedType(typeof(AdaptiveFactSet), "FactSet")]
[JsonDerivedType(typeof(AdaptiveContainer), "Container")]
[JsonDerivedType(typeof(AdaptiveActionSet), "ActionSet")]
[JsonDerivedType(typeof(AdaptiveChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(AdaptiveTextInput), "Input.Text")]
public abstract class AdaptiveElement
{
    public string? Id { get; init; }
    public string? Spacing { get; init; }
    public bool? Separator { get; init; }
}
