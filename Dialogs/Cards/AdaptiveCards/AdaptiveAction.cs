using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GuidanceBot.Dialogs.Cards.AdaptiveCards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AdaptiveSubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(AdaptiveExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(AdaptiveShowCardAction), "Action.ShowCard")]
public abstract class AdaptiveAction
{
    public string Title { get; init; } = "";
    public string? Id { get; init; }
    public string? Style { get; init; }
}

/// <summary>Works in every host; the data carries a <c>verb</c> so buttons and typed text reach the same recognizer.</summary>
public sealed class AdaptiveSubmitAction : AdaptiveAction
{
    public JsonObject? Data { get; init; }
}

/// <summary>Teams Universal Actions; carries an <see cref="AdaptiveSubmitAction"/> fallback for older hosts.</summary>
public sealed class AdaptiveExecuteAction : AdaptiveAction
{
    public string? Verb { get; init; }
    public JsonObject? Data { get; init; }
    /// <summary>Typed as the base so its <c>type</c> is written.</summary>
    public AdaptiveAction? Fallback { get; init; }
}
