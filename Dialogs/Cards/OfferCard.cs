using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>
/// The offer at the end of a short reply, in words and as buttons: a card rather than suggested actions, because
/// Teams shows suggested actions only in one-to-one chats while a card button works in every channel and scope.
/// </summary>
public static class OfferCard
{
    /// <summary>The lines (from the response catalog, already filled) and the buttons as (title, verb).</summary>
    public static AdaptiveCard Build(IReadOnlyList<string> lines, params (string Title, string Verb)[] buttons) => new()
    {
        FallbackText = string.Join("\n\n", lines),
        Speak = lines.Count > 0 ? lines[0] : null,
        Body = [.. lines.Select(line => new AdaptiveTextBlock(line))],
        Actions = [.. buttons.Select(button => CardActions.Submit(button.Title, button.Verb))],
    };

    /// <summary>The offer to start the questions, in words, and the Start button.</summary>
    public static AdaptiveCard Start(ResponseCatalog responses) =>
        Build([responses.Get("offer.start")], (responses.Get(ResponseKeys.WelcomeStartButton), CardVerbs.Start));
}
