using System.Text.Json;
using System.Text.Json.Serialization;

namespace GuidanceBot.Dialogs.Protocol;

/// <summary>A user or bot on a channel (<c>from</c>, <c>recipient</c>, <c>membersAdded[]</c>).</summary>
public sealed class ChannelAccount
{
    public ChannelAccount() { }

    public ChannelAccount(string id, string? name = null)
    {
        Id = id;
        Name = name;
    }

    public string Id { get; set; } = "";
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    /// <summary>Fields we do not model (Teams adds several); kept so nothing a channel sends is lost.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
