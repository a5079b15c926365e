using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Dialogs.Engine;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// The conversation's language as the user sees it: the welcome card with its language choice, the choice card, and
/// the switch itself, which answers in the new language and then carries on where the user was.
/// </summary>
public static class LanguageReplies
{
    public static Task SendWelcomeAsync(GuidanceSession session, CancellationToken cancellationToken) =>
        session.Turn.SendActivityAsync(
            MessageFactory.Attachment(session.Render(WelcomeCard.Build(session.Responses, LanguageWords.Of(session.Knowledge).Choices))),
            cancellationToken);

    /// <summary>
    /// The "language" action. A press carries the language's tag, a typed name arrives as <paramref name="argument"/>;
    /// with neither, the choice is shown (and the open question stays open under it).
    /// </summary>
    public static Task ChooseAsync(GuidanceSession session, DialogContext dc, string argument, CancellationToken cancellationToken)
    {
        var wanted = session.Press is { } press ? press.GetString(CardVerbs.LocaleField) : argument;
        if (string.IsNullOrEmpty(wanted))
        {
            return session.Press is null
                ? SendChoiceAsync(session, cancellationToken)
                : UnknownAsync(session, cancellationToken);
        }

        var language = session.Knowledge.In(wanted);
        return string.Equals(language.Locale, wanted, StringComparison.OrdinalIgnoreCase)
            ? SwitchAsync(session, dc, language, cancellationToken)
            : UnknownAsync(session, cancellationToken);
    }

    private static Task SendChoiceAsync(GuidanceSession session, CancellationToken cancellationToken)
    {
        var card = session.Render(LanguageCard.Build(session.Responses, LanguageWords.Of(session.Knowledge).Choices));
        return session.Turn.SendActivityAsync(MessageFactory.Attachment(card), cancellationToken);
    }

    /// <summary>A button for a language this content does not speak (an old card, a removed translation): nothing changes.</summary>
    private static async Task UnknownAsync(GuidanceSession session, CancellationToken cancellationToken)
    {
        session.InvokeMessage = session.Say("card.stale");
        await session.SendTextAsync(session.InvokeMessage, cancellationToken);
        await SendChoiceAsync(session, cancellationToken);
    }

    /// <summary>Switches, says so in the new language, then asks the open question again or repeats what was offered.</summary>
    private static async Task SwitchAsync(GuidanceSession session, DialogContext dc, Knowledge.KnowledgeBase language, CancellationToken cancellationToken)
    {
        session.UseLanguage(language);
        session.InvokeMessage = session.Say("language.changed");
        await session.SendTextAsync(session.InvokeMessage, cancellationToken);
        if (dc.ActiveDialog is not null)
        {
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        switch (session.Offer)
        {
            case Offers.Start when session.State.Answers.Count == 0 && !session.State.GuidanceShown:
                session.State.Offer = Offers.Start;
                await SendWelcomeAsync(session, cancellationToken);
                break;
            case Offers.Start:
                await OfferReplies.GreetAsync(session, cancellationToken);
                break;
            case { } offer:
                await OfferReplies.OfferAsync(session, offer, cancellationToken);
                break;
        }
    }
}
