using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>
/// Teams gets Universal Actions: every <c>Action.Submit</c> that carries a verb becomes an <c>Action.Execute</c>
/// with the same verb and data, and the original Submit as its fallback for older Teams clients. Web Chat
/// cannot run Action.Execute, so cards are built with Submit and converted (in place, on the typed card, before
/// it is rendered) only when they go to Teams.
/// </summary>
public static class UniversalActions
{
    /// <summary>Converts the card in place and returns it (cards are built for one use, then rendered).</summary>
    public static AdaptiveCard Apply(AdaptiveCard card)
    {
        Convert(card.Body);
        if (card.Actions is { } actions)
        {
            Convert(actions);
        }

        return card;
    }

    private static void Convert(List<AdaptiveElement> elements)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case AdaptiveActionSet set:
                    Convert(set.Actions);
                    break;
                case AdaptiveContainer container:
                    Convert(container.Items);
                    break;
            }
        }
    }

    private static void Convert(List<AdaptiveAction> actions)
    {
        for (var i = 0; i < actions.Count; i++)
        {
            if (actions[i] is AdaptiveSubmitAction { Data: { } data } submit && data["verb"] is JsonValue verb && verb.TryGetValue<string>(out var name))
            {
                actions[i] = new AdaptiveExecuteAction
                {
                    Title = submit.Title,
                    Id = submit.Id,
                    Style = submit.Style,
                    Verb = name,
                    Data = data,
                    Fallback = submit,
                };
            }
        }
    }
}
