using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Guidance.State;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Knowledge;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// Runs one turn against the conversation's stored state: load, skip a redelivered activity, run, save with
/// the ETag it was loaded at, and only then send the replies. A turn that loses a race with another turn of
/// the same conversation (a double click, a fast typist, another instance) runs again once on fresh state;
/// if it loses again, the user is asked to resend.
/// </summary>
public sealed class ConversationTurnRunner(IStorage storage, IKnowledgeBaseProvider knowledge)
{
    private readonly StateAccessor<ConversationData> _state =
        new(storage, GuidanceStateJsonContext.Default.ConversationData, () => new ConversationData(), ConversationDataReader.Read);

    public async Task RunAsync(ITurnContext turn, Func<GuidanceSession, CancellationToken, Task> handler, CancellationToken cancellationToken)
    {
        var key = StateKeys.Conversation(turn.Activity);
        for (var attempt = 0; ; attempt++)
        {
            var entry = await _state.LoadAsync(key, cancellationToken).ConfigureAwait(false);
            if (!entry.Value.MarkProcessed(turn.Activity.Id))
            {
                return;
            }

            var buffer = new BufferingAdapter(turn.Capabilities);
            var bufferedTurn = new TurnContext(buffer, turn.Activity);
            var session = new GuidanceSession(bufferedTurn, entry.Value, knowledge.Current, turn);
            await handler(session, cancellationToken).ConfigureAwait(false);
            try
            {
                if (session.ForgetConversation)
                {
                    await _state.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await _state.SaveAsync(entry, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (EtagException) when (attempt == 0)
            {
                continue;
            }
            catch (EtagException)
            {
                await turn.SendActivityAsync(MessageFactory.Text(session.Say("error.concurrentTurn")), cancellationToken).ConfigureAwait(false);
                return;
            }

            turn.InvokeResponse = bufferedTurn.InvokeResponse;
            await FlushAsync(turn, buffer, session, entry, cancellationToken).ConfigureAwait(false);
            return;
        }
    }

    /// <summary>Sends the held replies; remembers the live card's message id where the channel can update it later.</summary>
    private async Task FlushAsync(ITurnContext turn, BufferingAdapter buffer, GuidanceSession session, StateEntry<ConversationData> entry, CancellationToken cancellationToken)
    {
        if (buffer.Sent.Count > 0)
        {
            var responses = await turn.SendActivitiesAsync(buffer.Sent, cancellationToken).ConfigureAwait(false);
            var liveIndex = session.LiveCardActivity is null ? -1 : buffer.Sent.IndexOf(session.LiveCardActivity);
            if (session.CanUpdateCards && !session.ForgetConversation && liveIndex >= 0 && responses[liveIndex].Id is { Length: > 0 } cardActivityId)
            {
                entry.Value.LiveCardActivityId = cardActivityId;
                try
                {
                    await _state.SaveAsync(entry, cancellationToken).ConfigureAwait(false);
                }
                catch (EtagException)
                {
                    // A newer turn already moved on; that card will simply not be replaced.
                }
            }
        }

        foreach (var update in buffer.Updates)
        {
            await turn.UpdateActivityAsync(update, cancellationToken).ConfigureAwait(false);
        }
    }
}
