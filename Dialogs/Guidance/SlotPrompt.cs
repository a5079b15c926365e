using System.Runtime.CompilerServices;
using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Dialogs.Engine.Prompts;
using GuidanceBot.Dialogs.Engine.Recognizers;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// Asks one context question as a card. A button press (its value) and typed text (label, value, synonym,
/// number, ordinal, small typos) go through the same recognizer.
/// </summary>
public sealed class SlotPrompt() : Prompt<SlotValues>(DialogId)
{
    public const string DialogId = "slot";

    private const string TurnRecognitionKey = "SlotPrompt.Recognition";

    private static readonly ConditionalWeakTable<Question, List<Choice>> ChoicesByQuestion = [];

    private sealed record TurnRecognition(string QuestionId, Recognition<SlotValues> Answer, bool Exact);

    /// <summary>Only the question's id is stored with the dialog; its options come from content when needed.</summary>
    public static PromptOptions OptionsFor(Question question) => new()
    {
        QuestionId = question.Slot,
        AllowMultiple = question.Multiple,
    };

    /// <summary>The question's options as choices, built once per content snapshot.</summary>
    public static List<Choice> ChoicesFor(Question question) =>
        ChoicesByQuestion.GetValue(question, static q =>
            [.. q.Options.Select(option => new Choice { Value = option.Value, Title = option.Label, Synonyms = [.. option.Synonyms] })]);

    /// <summary>
    /// What this turn's activity answers to the open question, if anything; no side effects. The router and the
    /// prompt both ask within one turn, so the answer is worked out once per turn and question.
    /// </summary>
    public static Recognition<SlotValues> Recognize(GuidanceSession session, PromptOptions options) =>
        Recognized(session, options).Answer;

    /// <summary>Whether the whole text is one option exactly (by its words or its number), not found inside a sentence.</summary>
    public static bool IsExactAnswer(GuidanceSession session, PromptOptions options) => Recognized(session, options).Exact;

    private static TurnRecognition Recognized(GuidanceSession session, PromptOptions options)
    {
        var slot = options.QuestionId ?? "";
        if (session.Turn.TurnState.TryGetValue(TurnRecognitionKey, out var known) && known is TurnRecognition { } same && same.QuestionId == slot)
        {
            return same;
        }

        var answer = RecognizeNow(session, options);
        var exact = answer.Succeeded
            && ChoiceRecognizer.Recognize(session.Activity.Text, ChoicesFor(session.Knowledge.Questions.Get(slot)), session.Locale) is { Succeeded: true, Value.MatchedBy: "exact" or "number" };
        var recognized = new TurnRecognition(slot, answer, exact);
        session.Turn.TurnState[TurnRecognitionKey] = recognized;
        return recognized;
    }

    private static Recognition<SlotValues> RecognizeNow(GuidanceSession session, PromptOptions options)
    {
        var activity = session.Activity;
        var text = PromptInput.Text(activity);
        var slot = options.QuestionId ?? "";
        var choices = ChoicesFor(session.Knowledge.Questions.Get(slot));
        if (options.AllowMultiple)
        {
            var many = ChoiceRecognizer.RecognizeMany(text, choices, activity.Locale);
            return many.Succeeded
                ? Recognition<SlotValues>.Success(new SlotValues(slot, [.. many.Value!.Select(found => found.Value)]))
                : Recognition<SlotValues>.Failure([.. many.Expectations]);
        }

        var one = ChoiceRecognizer.Recognize(text, choices, activity.Locale);
        return one.Succeeded
            ? Recognition<SlotValues>.Success(new SlotValues(slot, [one.Value!.Value]))
            : Recognition<SlotValues>.Failure([.. one.Expectations]);
    }

    protected override Recognition<SlotValues> OnRecognize(ITurnContext turnContext, PromptOptions options) =>
        Recognize(GuidanceSession.Of(turnContext), options);

    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, int failedAttempts, CancellationToken cancellationToken)
    {
        var session = GuidanceSession.Of(turnContext);
        var question = session.Knowledge.Questions.Get(options.QuestionId!);
        question = question.Framings.Count == 0 ? question : question.In(session.State.ToContext());

        // An optional question asked because it matters (the crisis phase) counts as one more.
        var required = session.Knowledge.Questions.All.Where(q => !q.Optional || q.Slot == question.Slot).ToList();
        var number = Math.Max(1, required.FindIndex(q => q.Slot == question.Slot) + 1);
        var cardId = session.State.NextCardId();
        var note = session.TakeNote();
        var showHelp = failedAttempts >= HelpAfterFailures;
        var isRetry = failedAttempts > 0;
        var template = session.Memo.Card(
            $"question|{session.UsesUniversalActions}|{question.Slot}|{question.FramingNumber}|{number}/{required.Count}|{showHelp}|{isRetry}|{note}",
            () => AdaptiveCardJson.ToUtf8(session.Flavoured(
                QuestionCard.Build(session.Responses, question, CardIdTemplate.Placeholder, number, required.Count, note, showHelp, isRetry))));
        session.State.LiveCardId = cardId;
        session.State.LiveCardActivityId = null;
        var message = MessageFactory.Attachment(AdaptiveCardJson.ToAttachment(CardIdTemplate.Fill(template, cardId)));
        message.Summary = question.Prompt;
        session.LiveCardActivity = message;
        return turnContext.SendActivityAsync(message, cancellationToken);
    }
}
