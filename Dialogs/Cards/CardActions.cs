using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>Builds the card buttons; every one carries a verb so a press and typed text meet in the same place.</summary>
public static class CardActions
{
    public static AdaptiveSubmitAction Submit(string title, string verb, params (string Name, string Value)[] fields)
    {
        var data = new JsonObject { ["verb"] = verb };
        foreach (var (name, value) in fields)
        {
            data[name] = value;
        }

        return new AdaptiveSubmitAction { Title = title, Data = data };
    }
}
