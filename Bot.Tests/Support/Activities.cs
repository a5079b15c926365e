using System.Text;
using System.Text.Json.Nodes;

namespace GuidanceBot.Tests.Support;

/// <summary>Activity JSON as channels send it, for wire tests.</summary>
public static class Activities
{
    public static JsonObject TeamsMessage(string text, string id = "1001", string? deliveryMode = "expectReplies", string serviceUrl = "http://127.0.0.1:9/_connector") => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["text"] = text,
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "Pat" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "GuidanceBot" },
        ["conversation"] = new JsonObject { ["id"] = "a:conv-1", ["conversationType"] = "personal" },
        ["locale"] = "en-US",
        ["deliveryMode"] = deliveryMode,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };

    public static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");
}
