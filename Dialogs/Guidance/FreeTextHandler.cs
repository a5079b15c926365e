using GuidanceBot.Dialogs.Engine.Recognizers;
using GuidanceBot.Dialogs.Engine;
using GuidanceBot.Knowledge.Answers;
using GuidanceBot.Knowledge.Interpretation;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// Typed text that is neither an exact answer nor a command: a question (answered from the study), a description
/// (its answers recorded, the questions carried on), or a yes or no to what the bot just offered.
/// </summary>
public static class FreeTextHandler
{
    /// <summary>With a question open: true when the text was taken here, false when the prompt should take it as an answer (or retry).</summary>
    public static async Task<bool> WhileAskingAsync(GuidanceSession session, DialogContext dc, string? questionId, bool answers, CancellationToken cancellationToken)
    {
        var text = session.Activity.Text ?? "";
        if (IsQuestion(text) && await GuidanceReplies.TryAnswerQuestionAsync(session, text, cancellationToken))
        {
            await dc.RepromptDialogAsync(cancellationToken);
            return true;
        }

        // A description that answers other questions too ("we are an NGO helping refugees who may join..."):
        // take everything it says, not only the answer to the open question.
        var read = Read(session, text);
        if (read.Any(found => found.Slot != questionId))
        {
            await CarryOnWithAsync(session, dc, read, cancellationToken);
            return true;
        }

        if (answers || read.Count == 0)
        {
            if (read.Count == 0 && !answers
                && LooksLikeQuestion(text) && await GuidanceReplies.TryAnswerQuestionAsync(session, text, cancellationToken))
            {
                await dc.RepromptDialogAsync(cancellationToken);
                return true;
            }

            return false;
        }

        // The description answers just the open question, in words the options do not use.
        await CarryOnWithAsync(session, dc, read, cancellationToken);
        return true;
    }

    /// <summary>With no question open.</summary>
    public static async Task IdleAsync(GuidanceSession session, DialogContext dc, CancellationToken cancellationToken)
    {
        var text = session.Activity.Text ?? "";
        if (IsQuestion(text) && await GuidanceReplies.TryAnswerQuestionAsync(session, text, cancellationToken))
        {
            return;
        }

        var read = Read(session, text);
        if (read.Count > 0)
        {
            await RecordUnderstoodAsync(session, read, cancellationToken);
            await dc.BeginDialogAsync(GuidedFlowDialog.DialogId, null, cancellationToken);
            return;
        }

        // "yess please", "ok sure": a yes or no in other words than the trigger words, to what was just offered.
        if (session.Offer is not null && Offers.Reply(text, session.Responses.Commands) is bool accepted)
        {
            await AnswerOfferAsync(session, dc, accepted, cancellationToken);
            return;
        }

        if (!await GuidanceReplies.TryAnswerQuestionAsync(session, text, cancellationToken))
        {
            await NotUnderstoodAsync(session, dc, cancellationToken);
        }
    }

    /// <summary>A "yes" takes the offer, a "no" declines it kindly; with nothing offered, the user hears what they can do.</summary>
    public static async Task AnswerOfferAsync(GuidanceSession session, DialogContext dc, bool accepted, CancellationToken cancellationToken)
    {
        var offer = session.Offer;
        if (offer is null)
        {
            await OfferReplies.NothingOfferedAsync(session, cancellationToken);
            return;
        }

        if (!accepted)
        {
            await OfferReplies.DeclineAsync(session, offer, cancellationToken);
            return;
        }

        switch (offer)
        {
            case Offers.Start:
                await InterruptiblePrompt.StartAsync(session, dc, "", cancellationToken);
                break;
            case Offers.Examples:
                await OfferReplies.SendExamplesAsync(session, dc, cancellationToken);
                break;
            case Offers.WhatIf:
                await GuidanceReplies.SendWhatIfChooserAsync(session, cancellationToken);
                break;
            default:
                // An offer id from an older version of the bot, still in stored state.
                await OfferReplies.NothingOfferedAsync(session, cancellationToken);
                break;
        }
    }

    /// <summary>The answers a description gives, by the content's interpreter (phrases, negation, synonyms), in question order.</summary>
    public static IReadOnlyList<SlotFinding> Read(GuidanceSession session, string text) =>
        ContextInterpreter.Interpret(session.Knowledge, text, session.Locale).Slots;

    /// <summary>
    /// A country named as a place of work ("we work in Gaziantep", "refugees in Kakuma") is remembered by id, so the
    /// guidance and answers carry its legal notes; the latest named wins.
    /// </summary>
    public static void RememberCountry(GuidanceSession session)
    {
        if (session.Knowledge.Countries.Find(session.Activity.Text ?? "") is [var country, ..])
        {
            session.State.Country = country.Id;
        }
    }

    /// <summary>Records what a description said and carries on with the questions it leaves.</summary>
    private static async Task CarryOnWithAsync(GuidanceSession session, DialogContext dc, IReadOnlyList<SlotFinding> read, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        await RecordUnderstoodAsync(session, read, cancellationToken);
        await dc.BeginDialogAsync(GuidedFlowDialog.DialogId, null, cancellationToken);
    }

    private static async Task RecordUnderstoodAsync(GuidanceSession session, IReadOnlyList<SlotFinding> read, CancellationToken cancellationToken)
    {
        var understood = new List<string>();
        foreach (var found in read)
        {
            string[] values = [.. found.Values.Select(value => value.Value)];
            session.State.SetAnswer(found.Slot, values, session.AnsweredBy);
            session.State.Skipped.Remove(found.Slot);
            var question = session.Knowledge.Questions.Get(found.Slot);
            understood.AddRange(values.Select(value => question.Option(value)?.Answer ?? value));
        }

        await session.SendTextAsync(session.Say("understood.intro", new Dictionary<string, string> { ["answers"] = string.Join("; ", understood) }), cancellationToken);
    }

    /// <summary>Before any guidance, "not understood" also offers to start the questions, the surest way on.</summary>
    private static Task NotUnderstoodAsync(GuidanceSession session, DialogContext dc, CancellationToken cancellationToken) =>
        !session.State.GuidanceShown && dc.ActiveDialog is null
            ? OfferReplies.OfferStartAsync(session, session.Say("fallback.notUnderstood"), cancellationToken)
            : session.SendTextAsync(session.Say("fallback.notUnderstood"), cancellationToken);

    /// <summary>A question mark makes a question: answered from the study, never read as a description.</summary>
    private static bool IsQuestion(string text) => text.TrimEnd().EndsWith('?');

    /// <summary>Unrecognised longer text may still be a question without its question mark.</summary>
    private static bool LooksLikeQuestion(string text) =>
        IsQuestion(text) || TextNormalizer.Words(TextNormalizer.Normalize(text)).Length >= 4;
}
