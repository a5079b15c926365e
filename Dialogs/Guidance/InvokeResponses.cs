using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>The bodies of <c>adaptiveCard/action</c> invoke responses (protocol.md §4.2).</summary>
public static class InvokeResponses
{
    public static InvokeResponse Card(AdaptiveCard card) => InvokeResponse.Ok(new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = ContentTypes.AdaptiveCardContent,
        ["value"] = AdaptiveCardJson.ToJson(card),
    });

    public static InvokeResponse Message(string text) => InvokeResponse.Ok(new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = ContentTypes.ActivityMessage,
        ["value"] = text,
    });

    public static InvokeResponse BadRequest(string code, string message) => new(400, new JsonObject
    {
        ["statusCode"] = 400,
        ["type"] = ContentTypes.Error,
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    });

    /// <summary>The request problem of an <c>adaptiveCard/action</c> invoke, or null when it can be handled.</summary>
    public static InvokeResponse? Validate(Activity activity)
    {
        if (activity.Value is not JsonObject value || value["action"] is not JsonObject action)
        {
            return BadRequest("BadRequest", "The invoke has no value.action.");
        }

        return (string?)action["type"] == "Action.Execute"
            ? null
            : BadRequest("NotSupported", "Only Action.Execute is handled through adaptiveCard/action.");
    }
}
