using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Engine;
using GuidanceBot.Dialogs.Engine.Prompts;
using GuidanceBot.Dialogs.Engine.Recognizers;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// The base of the guided flow's questions (as botbuilder's CancelAndHelpDialog): while a question waits, the
/// user's input is looked at before it is taken as the answer. An answer button of the open card, or typed text
/// that is exactly one option, answers; otherwise a press or a typed command runs its action
/// (<see cref="GuidanceActions"/>: help, start over, back, change, summary and the rest) and the question is asked
/// again; free text may be a question or a description (<see cref="FreeTextHandler"/>); what is left is the answer,
/// or a retry. The input is recognized once, here. The navigation actions live here too, as they move the flow.
/// </summary>
public abstract class InterruptiblePrompt(string id, GuidanceActions actions) : Prompt<SlotValues>(id)
{
    /// <summary>The answer in this turn's input, and whether the whole text is one option (not found inside a sentence).</summary>
    protected abstract (Recognition<SlotValues> Answer, bool WholeText) Read(DialogContext dc, PromptOptions options);

    protected override Recognition<SlotValues> OnRecognize(DialogContext dc, PromptOptions options) => Read(dc, options).Answer;

    protected override async Task<DialogTurnResult> OnInputAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        var session = GuidanceSession.Of(dc);
        if (session.Press is { } press)
        {
            if (press.Verb == CardVerbs.Answer && press.GetString(CardVerbs.CardField) == session.State.LiveCardId && press.GetString(CardVerbs.SlotField) == options.QuestionId)
            {
                return await AnswerAsync(dc, options, Read(dc, options).Answer, cancellationToken);
            }

            await actions.PressAsync(session, dc, press, cancellationToken);
            return DialogTurnResult.Waiting;
        }

        var (answer, wholeText) = Read(dc, options);
        if (wholeText)
        {
            return await AnswerAsync(dc, options, answer, cancellationToken);
        }

        if (await actions.TryCommandAsync(session, dc, asking: true, cancellationToken)
            || await FreeTextHandler.WhileAskingAsync(session, dc, options.QuestionId, answer.Succeeded, cancellationToken))
        {
            return DialogTurnResult.Waiting;
        }

        return await AnswerAsync(dc, options, answer, cancellationToken);
    }

    /// <summary>Starts the questions, or asks the open one again if they are under way.</summary>
    public static async Task StartAsync(GuidanceSession session, DialogContext dc, string argument, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is not null)
        {
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        await dc.BeginDialogAsync(GuidedFlowDialog.DialogId, null, cancellationToken);
    }

    public static async Task RestartAsync(GuidanceSession session, DialogContext dc, string argument, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        session.State.ClearAnswers();
        session.Note(session.Say("restart.done"));
        await dc.BeginDialogAsync(GuidedFlowDialog.DialogId, null, cancellationToken);
    }

    public static async Task BackAsync(GuidanceSession session, DialogContext dc, string argument, CancellationToken cancellationToken)
    {
        if (session.State.Answers.Count == 0)
        {
            await session.SendTextAsync(session.Say("back.nothing"), cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        await ReaskAsync(session, dc, session.State.Answers[^1].Slot, cancellationToken);
    }

    /// <summary>A press names the slot to change; typed words name it ("change the law"); with neither, the user is shown the answers.</summary>
    public static async Task ChangeAsync(GuidanceSession session, DialogContext dc, string argument, CancellationToken cancellationToken)
    {
        var slot = session.Press is { } press ? press.GetString(CardVerbs.SlotField) : FindSlot(session, argument);
        if (slot is null || Knowledge.Context.Slots.Find(slot) is null)
        {
            await session.SendTextAsync(session.Say("answer.changeWhich"), cancellationToken);
            await GuidanceReplies.SendSummaryAsync(session, cancellationToken);
            return;
        }

        await ReaskAsync(session, dc, slot, cancellationToken);
    }

    /// <summary>The open question's own help, or the general help, with the commands.</summary>
    public static Task HelpAsync(GuidanceSession session, DialogContext dc, string argument, CancellationToken cancellationToken)
    {
        var help = dc.ActiveDialog?.Prompt?.QuestionId is { } slot
            ? session.Knowledge.Questions.Get(slot).Help
            : session.Say("help.main");
        return session.SendTextAsync(help + "\n\n" + session.Say("help.commands"), cancellationToken);
    }

    public static Task SummaryAsync(GuidanceSession session, DialogContext dc, string argument, CancellationToken cancellationToken) =>
        GuidanceReplies.SendSummaryAsync(session, cancellationToken);

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
}
