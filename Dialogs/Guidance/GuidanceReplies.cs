using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Dialogs.Guidance.State;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Knowledge.Answers;
using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Recommendations;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>The bot's answers that are more than one sentence: summary, guidance, why, examples, what if, search.</summary>
public static class GuidanceReplies
{
    public static Task SendCardAsync(GuidanceSession session, AdaptiveCard card, CancellationToken cancellationToken)
    {
        var message = MessageFactory.Attachment(session.Render(card));
        message.Summary = card.Speak ?? card.FallbackText;
        return session.Turn.SendActivityAsync(message, cancellationToken);
    }

    /// <summary>
    /// The answers with a Change button each. Without names (one-to-one chats) the card depends on the answers alone,
    /// so it is rendered once per combination; cards that show who answered are never kept beyond the turn.
    /// </summary>
    public static Task SendSummaryAsync(GuidanceSession session, CancellationToken cancellationToken)
    {
        var answers = session.State.Answers.ToDictionary(
            answer => answer.Slot,
            answer => (Values: (IReadOnlyList<string>)answer.Values, answer.AnsweredBy),
            StringComparer.Ordinal);
        if (answers.Values.Any(answer => answer.AnsweredBy is not null))
        {
            return SendCardAsync(session, SummaryCard.Build(session.Responses, session.Knowledge.Questions, answers), cancellationToken);
        }

        var key = $"summary|{session.UsesUniversalActions}|{string.Join('|', answers.Select(answer => answer.Key + "=" + string.Join(',', answer.Value.Values)))}";
        var card = session.Memo.Card(key, () => AdaptiveCardJson.ToUtf8(session.Flavoured(SummaryCard.Build(session.Responses, session.Knowledge.Questions, answers))));
        var message = MessageFactory.Attachment(AdaptiveCardJson.ToAttachment(card));
        message.Summary = session.Say("summary.title");
        return session.Turn.SendActivityAsync(message, cancellationToken);
    }

    public static Knowledge.Recommendations.Guidance Recommend(GuidanceSession session) =>
        session.Memo.Recommend(session.State.ToContext(), session.State.Country);

    /// <summary>The end of the questions: what moved (if an answer was changed), the answers, then the guidance.</summary>
    public static async Task SendGuidanceAsync(GuidanceSession session, CancellationToken cancellationToken)
    {
        var state = session.State;
        if (state.AnswersBeforeChange is { } before)
        {
            state.AnswersBeforeChange = null;
            await SendWhatChangedAsync(session, ConversationData.ToContext(before), state.ToContext(), cancellationToken);
        }

        await SendSummaryAsync(session, cancellationToken);
        await SendGuidanceCardAsync(session, cancellationToken);
    }

    /// <summary>
    /// The guidance card, open to ratings: Teams' own feedback buttons, or a small rating card elsewhere.
    /// Computing guidance is the longest work of any turn, so the user sees the bot typing first.
    /// </summary>
    private static async Task SendGuidanceCardAsync(GuidanceSession session, CancellationToken cancellationToken)
    {
        await session.ShowTypingAsync(cancellationToken);
        var context = session.State.ToContext();
        var guidance = session.Memo.Recommend(context, session.State.Country);
        var key = $"guidance|{session.UsesUniversalActions}|{GuidanceMemo.Key(context, session.State.Country)}";
        var card = session.Memo.Card(key, () => AdaptiveCardJson.ToUtf8(session.Flavoured(GuidanceCard.Build(session.Responses, guidance))));
        var message = MessageFactory.Attachment(AdaptiveCardJson.ToAttachment(card));
        message.Summary = session.Say("guidance.intro");
        if (session.Capabilities.SupportsFeedbackLoop)
        {
            message.ChannelData = new System.Text.Json.Nodes.JsonObject { ["feedbackLoop"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "default" } };
        }

        await session.Turn.SendActivityAsync(message, cancellationToken);
        if (!session.Capabilities.SupportsFeedbackLoop)
        {
            await SendCardAsync(session, FeedbackCard.Build(session.Responses), cancellationToken);
        }

        session.State.GuidanceShown = true;
        session.State.LastGuidanceItems = [.. guidance.Pathways.Take(3).Select(pathway => pathway.Id)];
        await OfferReplies.AfterGuidanceAsync(session, guidance, cancellationToken);
    }

    public static Task SendWhyAsync(GuidanceSession session, string? pathwayId, CancellationToken cancellationToken)
    {
        var guidance = Recommend(session);
        var pathway = guidance.Pathways.FirstOrDefault(p => p.Id == pathwayId) ?? guidance.Pathways.FirstOrDefault();
        if (pathway is null)
        {
            var ruledOut = guidance.RuledOut.FirstOrDefault(p => p.Id == pathwayId);
            return session.SendTextAsync(ruledOut?.Reasons.FirstOrDefault()?.Text ?? session.Say("guidance.noPathway"), cancellationToken);
        }

        return SendCardAsync(session, WhyCard.Build(session.Responses, pathway), cancellationToken);
    }

    public static Task SendExamplesAsync(GuidanceSession session, CancellationToken cancellationToken) =>
        SendCardAsync(session, ExamplesCard.Build(session.Responses, Recommend(session).Examples), cancellationToken);

    public static Task SendWhatIfChooserAsync(GuidanceSession session, CancellationToken cancellationToken) =>
        SendCardAsync(session, WhatIfCard.Build(session.Responses, session.Knowledge.Questions, session.State.ToContext()), cancellationToken);

    /// <summary>Applies the changed answers and shows what moved, then the new guidance.</summary>
    public static async Task ApplyWhatIfAsync(GuidanceSession session, GuidanceContext after, CancellationToken cancellationToken)
    {
        var before = session.State.ToContext();
        if (Slots.All.All(slot => before.Values(slot.Id).SequenceEqual(after.Values(slot.Id))))
        {
            await session.SendTextAsync(session.Say("whatIf.nothingChanged"), cancellationToken);
            return;
        }

        foreach (var slot in Slots.All)
        {
            var values = after.Values(slot.Id);
            if (!before.Values(slot.Id).SequenceEqual(values))
            {
                if (values.Count == 0)
                {
                    session.State.ClearAnswer(slot.Id);
                }
                else
                {
                    session.State.SetAnswer(slot.Id, values, session.AnsweredBy);
                }
            }
        }

        await SendWhatChangedAsync(session, before, after, cancellationToken);
        await SendGuidanceCardAsync(session, cancellationToken);
    }

    public static Task SendWhatChangedAsync(GuidanceSession session, GuidanceContext before, GuidanceContext after, CancellationToken cancellationToken)
    {
        var comparison = RecommendationEngine.WhatIf(session.Knowledge, before, after);
        return session.SendTextAsync(WhatIfText.Describe(session, comparison), cancellationToken);
    }

    /// <summary>
    /// A free question answered with a composed answer (the same as <c>GET /api/knowledge/answer</c>): a short direct
    /// answer, the legal note of a country the question names, related items and numbered sources. A country named in
    /// the question is remembered; a legal question without one uses the country named before. False when nothing
    /// in the study answers it.
    /// </summary>
    public static async Task<bool> TryAnswerQuestionAsync(GuidanceSession session, string question, CancellationToken cancellationToken)
    {
        await session.ShowTypingAsync(cancellationToken);
        var answer = AnswerComposer.Compose(session.Knowledge, question, session.Locale, session.State.Country);
        if (!answer.Found)
        {
            return false;
        }

        var country = answer.Country is null ? null : session.Knowledge.Countries.Get(answer.Country);
        await session.SendTextAsync(AnswerText.Build(session.Responses, answer, country?.Name), cancellationToken);
        return true;
    }

    /// <summary>The legal notes of the country the conversation named, or the countries with notes and how to ask.</summary>
    public static Task SendLegalNotesAsync(GuidanceSession session, CancellationToken cancellationToken)
    {
        var country = session.State.Country is { } id ? session.Knowledge.Countries.Get(id) : null;
        return session.SendTextAsync(LegalNotesText.Build(session.Knowledge, country), cancellationToken);
    }
}
