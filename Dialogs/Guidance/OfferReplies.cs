using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Engine;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// Replies that end with an offer (each says it in words: "Say yes or press Start") and record it in the state, and
/// the answers to a "yes" or "no". An offer lives for one turn: the router clears it when the next message arrives.
/// </summary>
public static class OfferReplies
{
    /// <summary>A greeting: one line on what the bot does, then the offer to start (or, with answers given, to carry on).</summary>
    public static Task GreetAsync(GuidanceSession session, CancellationToken cancellationToken)
    {
        if (session.State.Answers.Count == 0)
        {
            return OfferStartAsync(session, session.Say("greeting.hello"), cancellationToken);
        }

        session.State.Offer = Offers.Start;
        var card = OfferCard.Build(
            [session.Say("offer.resume")],
            (session.Say("offer.carryOnButton"), CardVerbs.Start),
            (session.Say("action.startOver"), CardVerbs.StartOver));
        return SendAsync(session, session.Say("greeting.returning"), card, cancellationToken);
    }

    /// <summary>What was said (<paramref name="lead"/>) as the message's text, under it the offer to start and a Start button.</summary>
    public static Task OfferStartAsync(GuidanceSession session, string lead, CancellationToken cancellationToken)
    {
        session.State.Offer = Offers.Start;
        return SendAsync(session, lead, OfferCard.Start(session.Responses), cancellationToken);
    }

    /// <summary>After the guidance card: the examples, or the what-if when the guidance has no examples.</summary>
    public static Task AfterGuidanceAsync(GuidanceSession session, Knowledge.Recommendations.Guidance guidance, CancellationToken cancellationToken) =>
        OfferAsync(session, guidance.Examples.Count > 0 ? Offers.Examples : Offers.WhatIf, cancellationToken);

    /// <summary>One line that offers <paramref name="offer"/> (response key <c>offer.{offer}</c>).</summary>
    public static Task OfferAsync(GuidanceSession session, string offer, CancellationToken cancellationToken)
    {
        session.State.Offer = offer;
        return session.SendTextAsync(session.Say("offer." + offer), cancellationToken);
    }

    /// <summary>The examples; after the guidance, followed by the offer of the what-if.</summary>
    public static async Task SendExamplesAsync(GuidanceSession session, DialogContext dc, CancellationToken cancellationToken)
    {
        await GuidanceReplies.SendExamplesAsync(session, cancellationToken);
        if (session.State.GuidanceShown && dc.ActiveDialog is null)
        {
            await OfferAsync(session, Offers.WhatIf, cancellationToken);
        }
    }

    /// <summary>A "no" to an offer: a kind line on what the user can do instead; nothing changes.</summary>
    public static Task DeclineAsync(GuidanceSession session, string offer, CancellationToken cancellationToken) =>
        session.SendTextAsync(session.Say(offer == Offers.Start ? "offer.declined" : "offer.declinedAfterGuidance"), cancellationToken);

    /// <summary>A "yes" or "no" when nothing was offered: say so, and what the user can do; never start silently.</summary>
    public static Task NothingOfferedAsync(GuidanceSession session, CancellationToken cancellationToken) =>
        session.SendTextAsync(session.Say(session.State.GuidanceShown ? "offer.noneAfterGuidance" : "offer.none"), cancellationToken);

    /// <summary>
    /// One message: the line said as its text (what notifications and previews show), the card with the offer under it.
    /// </summary>
    private static Task SendAsync(GuidanceSession session, string text, Cards.AdaptiveCards.AdaptiveCard card, CancellationToken cancellationToken) =>
        session.Turn.SendActivityAsync(MessageFactory.Attachment(session.Render(card), text), cancellationToken);
}
