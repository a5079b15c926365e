using System.Runtime.CompilerServices;
using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Dialogs.Engine;
using GuidanceBot.Dialogs.Engine.Prompts;
using GuidanceBot.Dialogs.Engine.Recognizers;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// Asks one context question as a card. A button press (its value) and typed text (label, value, synonym,
/// number, ordinal, small typos) go through the same recognizer, once per turn.
/// </summary>
public sealed class SlotPrompt(GuidanceActions actions) : InterruptiblePrompt(DialogId, actions)
{
    public const string DialogId = "slot";

    private static readonly ConditionalWeakTable<Question, List<Choice>> ChoicesByQuestion = [];

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

    /// <summary>The whole text is one option when it matched by its words or its number, not inside a sentence.</summary>
    protected override (Recognition<SlotValues> Answer, bool WholeText) Read(DialogContext dc, PromptOptions options)
    {
        var session = GuidanceSession.Of(dc);
        var text = PromptInput.Text(dc);
        var slot = options.QuestionId ?? "";
        var choices = ChoicesFor(session.Knowledge.Questions.Get(slot));
        if (options.AllowMultiple)
        {
            var many = ChoiceRecognizer.RecognizeMany(text, choices, session.Locale);
            if (!many.Succeeded)
            {
                return (Recognition<SlotValues>.Failure([.. many.Expectations]), false);
            }

            var whole = session.Press is null && ChoiceRecognizer.Recognize(text, choices, session.Locale) is { Succeeded: true, Value.MatchedBy: "exact" or "number" };
            return (Recognition<SlotValues>.Success(new SlotValues(slot, [.. many.Value!.Select(found => found.Value)])), whole);
        }

        var one = ChoiceRecognizer.Recognize(text, choices, session.Locale);
        return one.Succeeded
            ? (Recognition<SlotValues>.Success(new SlotValues(slot, [one.Value!.Value])), one.Value.MatchedBy is "exact" or "number")
            : (Recognition<SlotValues>.Failure([.. one.Expectations]), false);
    }

    protected override Task OnPromptAsync(DialogContext dc, PromptOptions options, int failedAttempts, CancellationToken cancellationToken)
    {
        var session = GuidanceSession.Of(dc);
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
        return dc.Context.SendActivityAsync(message, cancellationToken);
    }
}
