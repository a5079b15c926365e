using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Dialogs.Engine;
using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// The guided questions: ask the first question still unanswered, record the answer, and loop; when none is
/// left, show the answers and the guidance. Which questions exist and their order come from content; answers
/// given earlier (typed in a description) are not asked again. Begun with a slot id, it asks that one first
/// (the user asked to change it). An optional question marked "askWhenItMatters" (the crisis phase) is asked last,
/// and only when its answers would not all lead to the same first pathway.
/// </summary>
public sealed class GuidedFlowDialog : WaterfallDialog
{
    public const string DialogId = "guided";

    public GuidedFlowDialog()
        : base(DialogId, [AskStepAsync, RecordStepAsync])
    {
    }

    public static Question? NextQuestion(GuidanceSession session)
    {
        Question? ifItMatters = null;
        foreach (var question in session.Knowledge.Questions.All)
        {
            if (session.State.Answer(question.Slot) is not null || session.State.Skipped.Contains(question.Slot))
            {
                continue;
            }

            if (!question.Optional)
            {
                return question;
            }

            ifItMatters ??= question.AskWhenItMatters ? question : null;
        }

        return ifItMatters is not null && ChangesLead(session, ifItMatters) ? ifItMatters : null;
    }

    /// <summary>
    /// Whether the question's answers, given the others, lead to different first pathways: if every answer leads
    /// to the same one, asking would cost the user a turn and change nothing. Guidance comes from the memo, so
    /// this costs a few lookups once the combination has been seen.
    /// </summary>
    public static bool ChangesLead(GuidanceSession session, Question question)
    {
        var context = session.State.ToContext();
        string? first = null;
        foreach (var option in question.Options)
        {
            var lead = session.Memo.Recommend(context.With(question.Slot, [option.Value])).Pathways.FirstOrDefault()?.Id ?? "";
            if (first is not null && lead != first)
            {
                return true;
            }

            first = lead;
        }

        return false;
    }

    private static async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = GuidanceSession.Of(step.DialogContext);
        var question = step.Result is string slot && session.State.Answer(slot) is null
            ? session.Knowledge.Questions.Get(slot)
            : NextQuestion(session);
        if (question is not null)
        {
            return await step.PromptAsync(SlotPrompt.DialogId, SlotPrompt.OptionsFor(question), cancellationToken);
        }

        await GuidanceReplies.SendGuidanceAsync(session, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static async Task<DialogTurnResult> RecordStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var session = GuidanceSession.Of(step.DialogContext);
        if (step.Result is SlotValues answer)
        {
            Record(session, answer);
            await ReplaceAnsweredCardAsync(session, answer, cancellationToken);
        }
        else if (NextQuestion(session) is { } skipped)
        {
            session.State.Skipped.Add(skipped.Slot);
            session.Note(session.Say("question.retryTooMany"));
        }

        return await step.ReplaceDialogAsync(DialogId, null, cancellationToken);
    }

    public static void Record(GuidanceSession session, SlotValues answer)
    {
        session.State.SetAnswer(answer.Slot, answer.Values, session.AnsweredBy);
        session.State.Skipped.Remove(answer.Slot);
        var question = session.Knowledge.Questions.Get(answer.Slot);
        question = question.Framings.Count == 0 ? question : question.In(session.State.ToContext());
        var said = string.Join(", ", answer.Values.Select(value => question.Option(value)?.Answer ?? value));
        session.Note(session.Say("answer.noted", new Dictionary<string, string> { ["answer"] = said }));
    }

    /// <summary>
    /// Where the channel allows it, the answered card is replaced by one without buttons: through the invoke
    /// response for a Teams Action.Execute press (and, in groups, for everyone by an update), else by an update.
    /// </summary>
    private static Task ReplaceAnsweredCardAsync(GuidanceSession session, SlotValues answer, CancellationToken cancellationToken)
    {
        var pressed = session.Press is not null;
        var cardActivityId = session.State.LiveCardActivityId ?? (pressed ? session.Activity.ReplyToId : null);
        session.State.LiveCardId = null;
        session.State.LiveCardActivityId = null;
        var invoked = session.Activity.IsType(ActivityTypes.Invoke);
        var updatable = session.CanUpdateCards && !string.IsNullOrEmpty(cardActivityId);
        if (!invoked && !updatable)
        {
            return Task.CompletedTask; // a typed answer where cards cannot be updated: nothing would show the card
        }

        var question = session.Knowledge.Questions.Get(answer.Slot);
        var answered = AnsweredQuestionCard.Build(session.Responses, question, answer.Values, session.AnsweredBy);
        if (invoked)
        {
            session.InvokeCard = answered;
            if (!session.IsGroup)
            {
                return Task.CompletedTask;
            }
        }

        if (!updatable)
        {
            return Task.CompletedTask;
        }

        var update = MessageFactory.Attachment(session.Render(answered));
        update.Id = cardActivityId;
        return session.Turn.UpdateActivityAsync(update, cancellationToken);
    }
}
