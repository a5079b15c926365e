using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Engine;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Dialogs.Guidance.Feedback;
using GuidanceBot.Knowledge.Context;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// The one table of what the user can ask for at any point, by card verb and by typed command. A press and the
/// typed words reach the same handler; the navigation ones (help, start over, back, change, summary) are the
/// interruptions of <see cref="InterruptiblePrompt{T}"/>. A press with an unknown verb is a stale card.
/// </summary>
public sealed class GuidanceActions
{
    private readonly Dictionary<string, GuidanceAction> _byVerb = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GuidanceAction> _byCommand = new(StringComparer.Ordinal);
    private readonly GuidanceAction _stale = new(null, null, StaleCardAsync) { AsksAgain = true };

    public GuidanceActions(FeedbackRecorder feedback)
    {
        All =
        [
            new(CardVerbs.Answer, null, StaleAnswerAsync) { AsksAgain = true },
            new(CardVerbs.Start, Commands.Start, InterruptiblePrompt.StartAsync),
            new(CardVerbs.StartOver, Commands.Restart, InterruptiblePrompt.RestartAsync),
            new(CardVerbs.Change, Commands.Change, InterruptiblePrompt.ChangeAsync),
            new(null, Commands.Back, InterruptiblePrompt.BackAsync),
            new(null, Commands.Help, InterruptiblePrompt.HelpAsync) { AsksAgain = true },
            new(CardVerbs.Summary, Commands.Summary, InterruptiblePrompt.SummaryAsync) { AsksAgain = true },
            new(null, Commands.Cancel, CancelAsync),
            new(null, Commands.DeleteData, DeleteDataAsync),
            new(CardVerbs.Why, Commands.Why, WhyAsync) { AsksAgain = true },
            new(CardVerbs.WhatIf, Commands.WhatIf, WhatIfAsync) { AsksAgain = true },
            new(CardVerbs.Examples, Commands.Examples, (session, dc, _, ct) => OfferReplies.SendExamplesAsync(session, dc, ct)) { AsksAgain = true },
            new(CardVerbs.Ask, Commands.Ask, (session, _, _, ct) => session.SendTextAsync(session.Say("ask.prompt"), ct)) { AsksAgain = true },
            new(CardVerbs.Language, Commands.Language, LanguageReplies.ChooseAsync),
            new(CardVerbs.LegalNotes, Commands.LegalNotes, (session, _, _, ct) => GuidanceReplies.SendLegalNotesAsync(session, ct)) { AsksAgain = true },
            new(CardVerbs.Feedback, null, (session, _, _, ct) => FeedbackAsync(feedback, session, ct)) { AsksAgain = true },
            new(null, Commands.Greet, (session, _, _, ct) => OfferReplies.GreetAsync(session, ct)) { OnlyWhenIdle = true },
            new(null, Commands.Accept, (session, dc, _, ct) => FreeTextHandler.AnswerOfferAsync(session, dc, accepted: true, ct)) { OnlyWhenIdle = true },
            new(null, Commands.Decline, (session, dc, _, ct) => FreeTextHandler.AnswerOfferAsync(session, dc, accepted: false, ct)) { OnlyWhenIdle = true },
        ];
        foreach (var action in All)
        {
            if (action.Verb is { } verb)
            {
                _byVerb.Add(verb, action);
            }

            if (action.Command is { } command)
            {
                _byCommand.Add(command, action);
            }
        }
    }

    public IReadOnlyList<GuidanceAction> All { get; }

    /// <summary>Runs what a card press asks for; a verb this version does not know is answered as a stale card.</summary>
    public Task PressAsync(GuidanceSession session, DialogContext dc, CardSubmit press, CancellationToken cancellationToken) =>
        RunAsync(_byVerb.GetValueOrDefault(press.Verb) ?? _stale, session, dc, "", cancellationToken);

    /// <summary>Runs the typed command in the text, if there is one that applies now; false when the text is to be read otherwise.</summary>
    public async Task<bool> TryCommandAsync(GuidanceSession session, DialogContext dc, bool asking, CancellationToken cancellationToken)
    {
        // Any language's command word or a language's own name, whichever language is spoken now.
        if (LanguageWords.Of(session.Knowledge).Find(session.Activity.Text) is (true, var locale))
        {
            await RunAsync(_byCommand[Commands.Language], session, dc, locale ?? "", cancellationToken);
            return true;
        }

        if (CommandRecognizer.Recognize(session.Activity.Text, session.Responses.Commands) is not { } command
            || !_byCommand.TryGetValue(command.Name, out var action)
            || (asking && action.OnlyWhenIdle))
        {
            return false;
        }

        await RunAsync(action, session, dc, command.Argument, cancellationToken);
        return true;
    }

    private static async Task RunAsync(GuidanceAction action, GuidanceSession session, DialogContext dc, string argument, CancellationToken cancellationToken)
    {
        await action.Handler(session, dc, argument, cancellationToken);
        if (action.AsksAgain)
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
    }

    /// <summary>An answer button of a card that is no longer the open question (answered, or asked again since).</summary>
    private static Task StaleAnswerAsync(GuidanceSession session, DialogContext dc, string argument, CancellationToken cancellationToken)
    {
        session.InvokeMessage = session.Say("card.stale");
        return session.SendTextAsync(session.InvokeMessage, cancellationToken);
    }

    private static Task StaleCardAsync(GuidanceSession session, DialogContext dc, string argument, CancellationToken cancellationToken) =>
        session.SendTextAsync(session.Say("card.stale"), cancellationToken);

    private static async Task CancelAsync(GuidanceSession session, DialogContext dc, string argument, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        await session.SendTextAsync(session.Say("cancel.done"), cancellationToken);
    }

    private static async Task DeleteDataAsync(GuidanceSession session, DialogContext dc, string argument, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken);
        session.ForgetConversation = true;
        await session.SendTextAsync(session.Say("privacy.deleted"), cancellationToken);
    }

    /// <summary>A press names the pathway it asks about; typed "why" asks about the guidance as a whole.</summary>
    private static Task WhyAsync(GuidanceSession session, DialogContext dc, string argument, CancellationToken cancellationToken) =>
        GuidanceReplies.SendWhyAsync(session, session.Press?.GetString(CardVerbs.PathwayField), cancellationToken);

    /// <summary>
    /// The chooser, or the guidance for other answers: those chosen on the what-if card ("apply"), or those a typed
    /// "what if ..." describes.
    /// </summary>
    private static Task WhatIfAsync(GuidanceSession session, DialogContext dc, string argument, CancellationToken cancellationToken)
    {
        if (session.Press is { } press)
        {
            return press.GetString("apply") is not null
                ? GuidanceReplies.ApplyWhatIfAsync(session, ContextFromPress(session, press), cancellationToken)
                : GuidanceReplies.SendWhatIfChooserAsync(session, cancellationToken);
        }

        var read = argument.Length > 0 ? FreeTextHandler.Read(session, argument) : [];
        if (read.Count == 0)
        {
            return GuidanceReplies.SendWhatIfChooserAsync(session, cancellationToken);
        }

        var after = session.State.ToContext();
        foreach (var found in read)
        {
            after = after.With(found.Slot, [.. found.Values.Select(value => value.Value)]);
        }

        return GuidanceReplies.ApplyWhatIfAsync(session, after, cancellationToken);
    }

    private static async Task FeedbackAsync(FeedbackRecorder feedback, GuidanceSession session, CancellationToken cancellationToken)
    {
        var press = session.Press!;
        if (press.GetString(FeedbackCard.ReactionField) is not { } reaction || reaction is not ("like" or "dislike"))
        {
            await session.SendTextAsync(session.Say("card.stale"), cancellationToken);
            return;
        }

        await feedback.RecordAsync(reaction, press.GetString(FeedbackCard.CommentField), session.State.LastGuidanceItems, cancellationToken);
        await session.SendTextAsync(session.Say("feedback.thanks"), cancellationToken);
    }

    private static GuidanceContext ContextFromPress(GuidanceSession session, CardSubmit press)
    {
        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var slot in Slots.All)
        {
            if (press.GetString(slot.Id) is { } raw)
            {
                answers[slot.Id] = raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            }
        }

        return GuidanceContext.TryCreate(answers, out var context, out _) ? context : session.State.ToContext();
    }
}
