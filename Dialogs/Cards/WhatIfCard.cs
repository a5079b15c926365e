using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>
/// "What if…": every question as a labelled drop-down holding the current answer; the user changes any of
/// them and submits, and the bot shows what moves.
/// </summary>
public static class WhatIfCard
{
    public static AdaptiveCard Build(ResponseCatalog responses, QuestionCatalog questions, GuidanceContext current)
    {
        var title = responses.Get("whatIf.title");
        var body = new List<AdaptiveElement>
        {
            new AdaptiveTextBlock(title) { Weight = "Bolder", Style = "heading" },
            new AdaptiveTextBlock(responses.Get("whatIf.instructions")) { IsSubtle = true },
        };
        foreach (var question in questions.All)
        {
            body.Add(new AdaptiveChoiceSetInput
            {
                Id = question.Slot,
                Label = question.Name,
                Style = "compact",
                IsMultiSelect = question.Multiple ? true : null,
                Value = string.Join(",", current.Values(question.Slot)),
                Choices = [.. question.Options.Select(option => new AdaptiveChoice(option.Label, option.Value))],
            });
        }

        return new AdaptiveCard
        {
            FallbackText = title + "\n" + responses.Get("whatIf.instructions"),
            Body = body,
            Actions = [CardActions.Submit(responses.Get("whatIf.apply"), CardVerbs.WhatIf, ("apply", "true"))],
        };
    }
}
