using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>
/// Teams gets Universal Actions: every <c>Action.Submit</c> that carries a verb becomes an <c>Action.Execute</c>
/// with the same verb and data, and the original Submit as its fallback for older Teams clients. Web Chat
/// cannot run Action.Execute, so cards are built with Submit and converted only on the way to Teams.
/// </summary>
public static class UniversalActions
{
    public static void Apply(Activity activity)
    {
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType == ContentTypes.AdaptiveCard && attachment.Content is JsonObject card)
            {
                Convert(card);
            }
        }
    }

    private static void Convert(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (name == "actions" && value is JsonArray actions)
                    {
                        for (var i = 0; i < actions.Count; i++)
                        {
                            if (actions[i] is JsonObject action && ToExecute(action) is { } execute)
                            {
                                actions[i] = execute;
                            }
                        }
                    }

                    Convert(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Convert(item);
                }

                break;
        }
    }

    private static JsonObject? ToExecute(JsonObject submit)
    {
        if ((string?)submit["type"] != "Action.Submit" || submit["data"]?["verb"] is not JsonValue verb)
        {
            return null;
        }

        var execute = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = submit["title"]?.DeepClone(),
            ["verb"] = verb.DeepClone(),
            ["data"] = submit["data"]!.DeepClone(),
            ["fallback"] = submit.DeepClone(),
        };
        foreach (var optional in new[] { "id", "style" })
        {
            if (submit[optional] is { } value)
            {
                execute[optional] = value.DeepClone();
            }
        }

        return execute;
    }
}
