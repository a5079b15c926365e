using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>
/// The card a user sees when they join or install the bot; every word comes from the response catalog. With more
/// than one language, a small "Language" button folds out one button per language (Action.ShowCard: nothing is
/// sent until a language is pressed).
/// </summary>
public static class WelcomeCard
{
    public static AdaptiveCard Build(ResponseCatalog responses, IReadOnlyList<LanguageChoice>? languages = null)
    {
        var title = responses.Get("welcome.title");
        var body = responses.Get("welcome.body");
        var privacy = responses.Get("welcome.privacy");
        var start = responses.Get("welcome.start");
        return new AdaptiveCard
        {
            FallbackText = string.Join("\n\n", title, body, privacy, start),
            Speak = title,
            Body =
            [
                new AdaptiveTextBlock(title) { Size = "Large", Weight = "Bolder", Style = "heading" },
                new AdaptiveTextBlock(body),
                new AdaptiveTextBlock(privacy) { IsSubtle = true, Size = "Small" },
                new AdaptiveTextBlock(start),
            ],
            Actions =
            [
                new AdaptiveSubmitAction
                {
                    Title = responses.Get("welcome.startButton"),
                    Data = new JsonObject { ["verb"] = CardVerbs.Start },
                },
                .. LanguageChoice(responses, languages),
            ],
        };
    }

    private static IEnumerable<AdaptiveAction> LanguageChoice(ResponseCatalog responses, IReadOnlyList<LanguageChoice>? languages)
    {
        if (languages is { Count: > 1 })
        {
            yield return new AdaptiveShowCardAction { Title = responses.Get("language.button"), Card = new AdaptiveCard { Actions = LanguageCard.Buttons(languages) } };
        }
    }
}
