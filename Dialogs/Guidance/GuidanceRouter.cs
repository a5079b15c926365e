using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Engine;
using GuidanceBot.Dialogs.Engine.Prompts;
using GuidanceBot.Dialogs.Engine.Recognizers;
using GuidanceBot.Knowledge.Answers;
using GuidanceBot.Knowledge.Context;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// Every user message goes through here, whatever question is open: card presses by verb, global commands
/// (help, start over, back, change, summary, what if, examples, forget me), free descriptions and free
/// questions. Whatever interrupts a question asks it again afterwards, so the flow resumes where it was.
/// A "yes" or "no" with no question open answers what the bot's previous reply offered (<see cref="Offers"/>).
/// </summary>
public sealed class GuidanceRouter(IContextReader contextReader, Feedback.FeedbackRecorder feedback)
{
    public async Task RouteAsync(GuidanceSession session, DialogContext dc, CancellationToken cancellationToken)
    {
        // An offer holds for the one reply right after it.
        var offer = session.State.Offer;
        session.State.Offer = null;

        var submit = CardSubmit.From(session.Activity);
        if (submit is not null)
        {
            await OnSubmitAsync(session, dc, submit, cancellationToken);
            return;
        }

        var text = session.Activity.Text ?? "";
        RememberCountry(session, text);
        var asking = ActivePrompt(dc);
        if (asking is not null && SlotPrompt.IsExactAnswer(session, asking))
        {
            await dc.ContinueDialogAsync(cancellationToken);
            return;
        }

        if (CommandRecognizer.Recognize(text, session.Responses.Commands) is { } command
            && await OnCommandAsync(session, dc, command, offer, cancellationToken))
        {
            return;
        }

        if (asking is not null)
        {
            await OnTextWhileAskingAsync(session, dc, asking, text, cancellationToken);
        }
        else
        {
            await OnTextAsync(session, dc, text, offer, cancellationToken);
        }
    }

    private static PromptOptions? ActivePrompt(DialogContext dc) =>
        dc.ActiveDialog is { Id: SlotPrompt.DialogId } prompt ? prompt.Prompt : null;

    private async Task OnSubmitAsync(GuidanceSession session, DialogContext dc, CardSubmit submit, CancellationToken cancellationToken)
    {
        var asking = ActivePrompt(dc);
        switch (submit.Verb)
        {
            case CardVerbs.Answer:
                if (asking is not null && submit.GetString(CardVerbs.CardField) == session.State.LiveCardId && submit.GetString(CardVerbs.SlotField) == asking.QuestionId)
                {
                    await dc.ContinueDialogAsync(cancellationToken);
                }
                else
                {
                    session.InvokeMessage = session.Say("card.stale");
                    await session.SendTextAsync(session.InvokeMessage, cancellationToken);
                    await dc.RepromptDialogAsync(cancellationToken);
                }

                return;
            case CardVerbs.Start:
                await StartAsync(session, dc, cancellationToken);
                return;
            case CardVerbs.StartOver:
                await RestartAsync(session, dc, cancellationToken);
                return;
            case CardVerbs.Change:
                await ChangeAsync(session, dc, submit.GetString(CardVerbs.SlotField), cancellationToken);
                return;
            case CardVerbs.Why:
                await GuidanceReplies.SendWhyAsync(session, submit.GetString(CardVerbs.PathwayField), cancellationToken);
                break;
            case CardVerbs.WhatIf when submit.GetString("apply") is not null:
                await GuidanceReplies.ApplyWhatIfAsync(session, ContextFromSubmit(session, submit), cancellationToken);
                break;
            case CardVerbs.WhatIf:
                await GuidanceReplies.SendWhatIfChooserAsync(session, cancellationToken);
                break;
            case CardVerbs.Examples:
                await OfferReplies.SendExamplesAsync(session, dc, cancellationToken);
                break;
            case CardVerbs.Ask:
                await session.SendTextAsync(session.Say("ask.prompt"), cancellationToken);
                break;
            case CardVerbs.Summary:
                await GuidanceReplies.SendSummaryAsync(session, cancellationToken);
                break;
            case CardVerbs.LegalNotes:
                await GuidanceReplies.SendLegalNotesAsync(session, cancellationToken);
                break;
            case CardVerbs.Feedback when submit.GetString(FeedbackCard.ReactionField) is "like" or "dislike":
                await feedback.RecordAsync(submit.GetString(FeedbackCard.ReactionField)!, submit.GetString(FeedbackCard.CommentField), session.State.LastGuidanceItems, cancellationToken);
                await session.SendTextAsync(session.Say("feedback.thanks"), cancellationToken);
                break;
            default:
                await session.SendTextAsync(session.Say("card.stale"), cancellationToken);
                break;
        }

        await dc.RepromptDialogAsync(cancellationToken);
    }

    /// <summary>Runs a typed command; false when the command does not apply here and the text should be read otherwise.</summary>
    private async Task<bool> OnCommandAsync(GuidanceSession session, DialogContext dc, RecognizedCommand command, string? offer, CancellationToken cancellationToken)
    {
        switch (command.Name)
        {
            case Commands.Help:
                await HelpAsync(session, dc, cancellationToken);
                return true;
            case Commands.Restart:
                await RestartAsync(session, dc, cancellationToken);
                return true;
            case Commands.Start:
                await StartAsync(session, dc, cancellationToken);
                return true;
            case Commands.Cancel:
                await dc.CancelAllDialogsAsync(cancellationToken);
                await session.SendTextAsync(session.Say("cancel.done"), cancellationToken);
                return true;
            case Commands.DeleteData:
                await dc.CancelAllDialogsAsync(cancellationToken);
                session.ForgetConversation = true;
                await session.SendTextAsync(session.Say("privacy.deleted"), cancellationToken);
                return true;
            case Commands.Back:
                await BackAsync(session, dc, cancellationToken);
                return true;
            case Commands.Change:
                await ChangeAsync(session, dc, FindSlot(session, command.Argument), cancellationToken);
                return true;
            case Commands.Summary:
                await GuidanceReplies.SendSummaryAsync(session, cancellationToken);
                break;
            case Commands.WhatIf when command.Argument.Length > 0:
                var read = contextReader.Read(session.Knowledge, command.Argument, session.Locale);
                if (read.Found.Count == 0)
                {
                    await GuidanceReplies.SendWhatIfChooserAsync(session, cancellationToken);
                    break;
                }

                var after = session.State.ToContext();
                foreach (var (slot, values) in read.Found)
                {
                    after = after.With(slot, values);
                }

                await GuidanceReplies.ApplyWhatIfAsync(session, after, cancellationToken);
                break;
            case Commands.WhatIf:
                await GuidanceReplies.SendWhatIfChooserAsync(session, cancellationToken);
                break;
            case Commands.Why:
                await GuidanceReplies.SendWhyAsync(session, null, cancellationToken);
                break;
            case Commands.Examples:
                await OfferReplies.SendExamplesAsync(session, dc, cancellationToken);
                break;
            case Commands.Ask:
                await session.SendTextAsync(session.Say("ask.prompt"), cancellationToken);
                break;
            case Commands.LegalNotes:
                await GuidanceReplies.SendLegalNotesAsync(session, cancellationToken);
                break;
            case Commands.Greet when ActivePrompt(dc) is null:
                await OfferReplies.GreetAsync(session, cancellationToken);
                return true;

            // While a question is open, "yes" and "no" are read as answers to it, not taken here.
            case Commands.Accept or Commands.Decline when ActivePrompt(dc) is null:
                await AnswerOfferAsync(session, dc, offer, command.Name == Commands.Accept, cancellationToken);
                return true;
            default:
                return false;
        }

        await dc.RepromptDialogAsync(cancellationToken);
        return true;
    }

    private async Task OnTextWhileAskingAsync(GuidanceSession session, DialogContext dc, PromptOptions asking, string text, CancellationToken cancellationToken)
    {
        if (IsQuestion(text) && await GuidanceReplies.TryAnswerQuestionAsync(session, text, cancellationToken))
        {
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        // A description that answers other questions too ("we are an NGO helping refugees who may join..."):
        // take everything it says, not only the answer to the open question.
        var read = contextReader.Read(session.Knowledge, text, session.Locale);
        if (read.Found.Any(found => found.Key != asking.QuestionId))
        {
            await dc.CancelAllDialogsAsync(cancellationToken);
            await RecordUnderstoodAsync(session, read, cancellationToken);
            await dc.BeginDialogAsync(GuidedFlowDialog.DialogId, null, cancellationToken);
            return;
        }

        if (SlotPrompt.Recognize(session, asking).Succeeded || read.Found.Count == 0)
        {
            if (read.Found.Count == 0 && !SlotPrompt.Recognize(session, asking).Succeeded
                && LooksLikeQuestion(text) && await GuidanceReplies.TryAnswerQuestionAsync(session, text, cancellationToken))
            {
                await dc.RepromptDialogAsync(cancellationToken);
                return;
            }

            await dc.ContinueDialogAsync(cancellationToken);
            return;
        }

        // The description answers just the open question, in words the options do not use.
        await dc.CancelAllDialogsAsync(cancellationToken);
        await RecordUnderstoodAsync(session, read, cancellationToken);
        await dc.BeginDialogAsync(GuidedFlowDialog.DialogId, null, cancellationToken);
    }

    private async Task OnTextAsync(GuidanceSession session, DialogContext dc, string text, string? offer, CancellationToken cancellationToken)
    {
        if (IsQuestion(text) && await GuidanceReplies.TryAnswerQuestionAsync(session, text, cancellationToken))
        {
            return;
        }

        var read = contextReader.Read(session.Knowledge, text, session.Locale);
        if (read.Found.Count > 0)
        {
            await RecordUnderstoodAsync(session, read, cancellationToken);
            await dc.BeginDialogAsync(GuidedFlowDialog.DialogId, null, cancellationToken);
            return;
        }

        // "yess please", "ok sure": a yes or no in other words than the trigger words, to what was just offered.
        if (offer is not null && Offers.Reply(text, session.Responses.Commands) is bool accepted)
        {
            await AnswerOfferAsync(session, dc, offer, accepted, cancellationToken);
            return;
        }

        if (!await GuidanceReplies.TryAnswerQuestionAsync(session, text, cancellationToken))
        {
            await NotUnderstoodAsync(session, dc, cancellationToken);
        }
    }

    /// <summary>Before any guidance, "not understood" also offers to start the questions, the surest way on.</summary>
    private static Task NotUnderstoodAsync(GuidanceSession session, DialogContext dc, CancellationToken cancellationToken) =>
        !session.State.GuidanceShown && dc.ActiveDialog is null
            ? OfferReplies.OfferStartAsync(session, session.Say("fallback.notUnderstood"), cancellationToken)
            : session.SendTextAsync(session.Say("fallback.notUnderstood"), cancellationToken);

    /// <summary>A "yes" takes the offer, a "no" declines it kindly; with nothing offered, the user hears what they can do.</summary>
    private static async Task AnswerOfferAsync(GuidanceSession session, DialogContext dc, string? offer, bool accepted, CancellationToken cancellationToken)
    {
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
                await StartAsync(session, dc, cancellationToken);
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

    private static async Task RecordUnderstoodAsync(GuidanceSession session, ContextReading read, CancellationToken cancellationToken)
    {
        var understood = new List<string>();
        foreach (var (slot, values) in read.Found)
        {
            session.State.SetAnswer(slot, values, session.AnsweredBy);
            session.State.Skipped.Remove(slot);
            var question = session.Knowledge.Questions.Get(slot);
            understood.AddRange(values.Select(value => question.Option(value)?.Answer ?? value));
        }

        await session.SendTextAsync(session.Say("understood.intro", new Dictionary<string, string> { ["answers"] = string.Join("; ", understood) }), cancellationToken);
    }

    private static async Task StartAsync(GuidanceSession session, DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is not null)
        {
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        await dc.BeginDialogAsync(GuidedFlowDialog.DialogId, null, cancellationToken);
    }

    private static async Task RestartAsync(GuidanceSession session, DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        session.State.ClearAnswers();
        session.Note(session.Say("restart.done"));
        await dc.BeginDialogAsync(GuidedFlowDialog.DialogId, null, cancellationToken);
    }

    private static async Task BackAsync(GuidanceSession session, DialogContext dc, CancellationToken cancellationToken)
    {
        if (session.State.Answers.Count == 0)
        {
            await session.SendTextAsync(session.Say("back.nothing"), cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        var last = session.State.Answers[^1];
        await ReaskAsync(session, dc, last.Slot, cancellationToken);
    }

    private static async Task ChangeAsync(GuidanceSession session, DialogContext dc, string? slot, CancellationToken cancellationToken)
    {
        if (slot is null || Slots.Find(slot) is null)
        {
            await session.SendTextAsync(session.Say("answer.changeWhich"), cancellationToken);
            await GuidanceReplies.SendSummaryAsync(session, cancellationToken);
            return;
        }

        await ReaskAsync(session, dc, slot, cancellationToken);
    }

    /// <summary>Forgets one answer and asks it again; after the guidance, remembers the old answers to show what moved.</summary>
    private static async Task ReaskAsync(GuidanceSession session, DialogContext dc, string slot, CancellationToken cancellationToken)
    {
        var state = session.State;
        if (state.GuidanceShown && state.AnswersBeforeChange is null)
        {
            state.AnswersBeforeChange = [.. state.Answers.Select(answer => new State.SlotAnswerRecord { Slot = answer.Slot, Values = [.. answer.Values] })];
        }

        state.ClearAnswer(slot);
        await dc.CancelAllDialogsAsync(cancellationToken);
        await dc.BeginDialogAsync(GuidedFlowDialog.DialogId, slot, cancellationToken);
    }

    private static async Task HelpAsync(GuidanceSession session, DialogContext dc, CancellationToken cancellationToken)
    {
        var asking = ActivePrompt(dc);
        var help = asking?.QuestionId is { } slot
            ? session.Knowledge.Questions.Get(slot).Help
            : session.Say("help.main");
        await session.SendTextAsync(help + "\n\n" + session.Say("help.commands"), cancellationToken);
        await dc.RepromptDialogAsync(cancellationToken);
    }

    /// <summary>The slot a user names ("the law", "members"); null when none or several match.</summary>
    private static string? FindSlot(GuidanceSession session, string words)
    {
        if (words.Length == 0)
        {
            return null;
        }

        var choices = session.Knowledge.Questions.All
            .Select(question => new Choice { Value = question.Slot, Title = question.Name, Synonyms = [.. question.NameWords] })
            .ToList();
        var found = ChoiceRecognizer.Recognize(words, choices, session.Locale);
        return found.Succeeded && found.Value!.MatchedBy is not ("number" or "ordinal") ? found.Value.Value : null;
    }

    private static GuidanceContext ContextFromSubmit(GuidanceSession session, CardSubmit submit)
    {
        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var slot in Slots.All)
        {
            if (submit.GetString(slot.Id) is { } raw)
            {
                answers[slot.Id] = raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            }
        }

        return GuidanceContext.TryCreate(answers, out var context, out _) ? context : session.State.ToContext();
    }

    /// <summary>
    /// A country named as a place of work ("we work in Gaziantep", "refugees in Kakuma") is remembered by id, so the
    /// guidance and answers carry its legal notes; the latest named wins.
    /// </summary>
    private static void RememberCountry(GuidanceSession session, string text)
    {
        if (session.Knowledge.Countries.Find(text) is [var country, ..])
        {
            session.State.Country = country.Id;
        }
    }

    /// <summary>A question mark makes a question: answered from the study, never read as a description.</summary>
    private static bool IsQuestion(string text) => text.TrimEnd().EndsWith('?');

    /// <summary>Unrecognised longer text may still be a question without its question mark.</summary>
    private static bool LooksLikeQuestion(string text) =>
        IsQuestion(text) || TextNormalizer.Words(TextNormalizer.Normalize(text)).Length >= 4;
}
