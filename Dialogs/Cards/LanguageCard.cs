using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>
/// The language choice: one small button per language, each named in its own language (so a reader of any of them
/// finds theirs), each carrying the language's tag. The same buttons fold out of the welcome card.
/// </summary>
public static class LanguageCard
{
    public static AdaptiveCard Build(ResponseCatalog responses, IReadOnlyList<LanguageChoice> languages)
    {
        var prompt = responses.Get("language.prompt");
        return new AdaptiveCard
        {
            FallbackText = prompt + "\n\n" + string.Join("\n", languages.Select(language => language.Name)),
            Speak = prompt,
            Body = [new AdaptiveTextBlock(prompt)],
            Actions = Buttons(languages),
        };
    }

    public static List<AdaptiveAction> Buttons(IReadOnlyList<LanguageChoice> languages) =>
        [.. languages.Select(language => CardActions.Submit(language.Name, CardVerbs.Language, (CardVerbs.LocaleField, language.Locale)))];
}
