using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Dialogs.Guidance.Feedback;
using GuidanceBot.Dialogs.Guidance.State;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Dialogs.Turns;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// The bot's routing table: the bot or a Web Chat user joins → welcome (once per conversation); a message or
/// card press → the guided conversation; everything else is ignored (and answered 200 by the channel).
/// </summary>
public sealed class GuidanceBot(ConversationTurnRunner<ConversationData, GuidanceSession> runner, GuidanceDialogs dialogs, GuidanceActions actions, FeedbackRecorder feedback) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        return activity.Type switch
        {
            ActivityTypes.ConversationUpdate when ShouldWelcome(turnContext) => runner.RunAsync(turnContext, WelcomeAsync, cancellationToken),
            ActivityTypes.Message => runner.RunAsync(turnContext, OnMessageAsync, cancellationToken),
            ActivityTypes.Invoke when activity.Name == "adaptiveCard/action" => OnCardActionAsync(turnContext, cancellationToken),
            ActivityTypes.Invoke when activity.Name == "message/submitAction" => runner.RunAsync(turnContext, OnFeedbackAsync, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    /// <summary>A Teams Action.Execute press: handled like any press; the pressed card is replaced through the invoke response.</summary>
    private Task OnCardActionAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (InvokeResponses.Validate(turnContext.Activity) is { } problem)
        {
            turnContext.InvokeResponse = problem;
            return Task.CompletedTask;
        }

        return runner.RunAsync(turnContext, async (session, ct) =>
        {
            await OnMessageAsync(session, ct);
            session.Turn.InvokeResponse = session.InvokeCard is { } card
                ? InvokeResponses.Card(card)
                : InvokeResponses.Message(session.InvokeMessage ?? session.Say("invoke.received"));
        }, cancellationToken);
    }

    /// <summary>Teams' feedback buttons: store the rating (and comment) against the guidance shown; the answer must be empty.</summary>
    private async Task OnFeedbackAsync(GuidanceSession session, CancellationToken cancellationToken)
    {
        var value = session.Activity.Value;
        var reaction = (string?)value?["actionValue"]?["reaction"];
        if ((string?)value?["actionName"] == "feedback" && reaction is "like" or "dislike")
        {
            var comment = FeedbackComment((string?)value?["actionValue"]?["feedback"]);
            await feedback.RecordAsync(reaction, comment, session.State.LastGuidanceItems, cancellationToken);
        }

        session.Turn.InvokeResponse = InvokeResponse.Ok();
    }

    /// <summary>Teams sends the feedback form as a JSON string: <c>{"feedbackText":"..."}</c>.</summary>
    private static string? FeedbackComment(string? form)
    {
        if (string.IsNullOrWhiteSpace(form))
        {
            return null;
        }

        try
        {
            return (string?)System.Text.Json.Nodes.JsonNode.Parse(form)?["feedbackText"];
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// A channel that announces the bot's own arrival (Teams: install, added to a team or chat) is welcomed then,
    /// and not when other people join a team. Web Chat only announces the user, so there the user's arrival counts.
    /// </summary>
    private static bool ShouldWelcome(ITurnContext turn)
    {
        var activity = turn.Activity;
        var added = activity.MembersAdded;
        if (added is null || added.Count == 0)
        {
            return false;
        }

        var botId = activity.Recipient?.Id;
        var botAdded = added.Exists(member => string.Equals(member.Id, botId, StringComparison.Ordinal));
        return botAdded || (!turn.Capabilities.AnnouncesBotArrival && added.Exists(member => !string.Equals(member.Id, botId, StringComparison.Ordinal)));
    }

    private static Task WelcomeAsync(GuidanceSession session, CancellationToken cancellationToken)
    {
        if (session.State.Welcomed)
        {
            return Task.CompletedTask;
        }

        session.State.Welcomed = true;
        session.State.Offer = Offers.Start;
        return LanguageReplies.SendWelcomeAsync(session, cancellationToken);
    }

    /// <summary>
    /// A message or a press. With a question open, its prompt takes the input (<see cref="InterruptiblePrompt"/>: answer,
    /// action, or free text); with none, a press or a typed command runs its action, and other text is read as free text.
    /// </summary>
    private async Task OnMessageAsync(GuidanceSession session, CancellationToken cancellationToken)
    {
        session.TakeOffer();
        if (session.Press is null)
        {
            FreeTextHandler.RememberCountry(session);
        }

        var dc = dialogs.Set.CreateContext(session, session.State.Dialogs);
        if (dc.ActiveDialog is { } active && dc.FindDialog(active.Id) is InterruptiblePrompt)
        {
            await dc.ContinueDialogAsync(cancellationToken);
        }
        else if (session.Press is { } press)
        {
            await actions.PressAsync(session, dc, press, cancellationToken);
        }
        else if (!await actions.TryCommandAsync(session, dc, asking: false, cancellationToken))
        {
            await FreeTextHandler.IdleAsync(session, dc, cancellationToken);
        }
    }
}
