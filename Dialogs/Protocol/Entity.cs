using System.Text.Json;
using System.Text.Json.Serialization;

namespace GuidanceBot.Dialogs.Protocol;

/// <summary>
/// An entity on an activity: <c>type</c> plus whatever fields that type carries (mention, clientInfo, ...).
/// Everything but <c>type</c> lives in <see cref="Properties"/> so unknown entity types survive untouched.
/// </summary>
public sealed class Entity
{
    public string Type { get; set; } = "";

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public JsonElement? Get(string name) =>
        Properties is not null && Properties.TryGetValue(name, out var value) ? value : null;
}
