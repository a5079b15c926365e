using System.Text.Json.Nodes;

namespace GuidanceBot.Dialogs.Protocol;

/// <summary>
/// A card button press as dialog input. Teams and Web Chat send Action.Submit data as the message's
/// <c>value</c> (no text); Teams adds an <c>msteams</c> object, which is dropped here. Action.Execute
/// invokes arrive as <c>value.action.data</c> and are read the same way.
/// </summary>
public sealed record CardSubmit(string Verb, JsonObject Data)
{
    public static CardSubmit? From(Activity activity)
    {
        var data = activity.IsType(ActivityTypes.Invoke)
            ? activity.Value?["action"]?["data"] as JsonObject
            : activity.Value as JsonObject;
        if (data is null || data["verb"] is not JsonValue verbValue || !verbValue.TryGetValue<string>(out var verb))
        {
            return null;
        }

        var copy = new JsonObject();
        foreach (var (name, value) in data)
        {
            if (name is not ("msteams" or "verb"))
            {
                copy[name] = value?.DeepClone();
            }
        }

        return new CardSubmit(verb, copy);
    }

    public string? GetString(string name) =>
        Data[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
