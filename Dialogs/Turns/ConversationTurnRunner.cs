using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Dialogs.State;

namespace GuidanceBot.Dialogs.Turns;

/// <summary>
/// Runs one turn against the conversation's stored state: load, skip a redelivered activity, run the bot on a turn
/// whose replies are held, save with the ETag it was loaded at, and only then send the held replies to the channel
/// in one batch. A turn that loses a race with another turn of the same conversation (a double click, a fast typist,
/// another instance) runs again once on fresh state; if it loses again, the user is asked to resend.
/// </summary>
public sealed class ConversationTurnRunner<TState, TSession>(StateAccessor<TState> state, Func<ITurnContext, TState, ITurnContext, TSession> createSession)
    where TState : IProcessedActivities
    where TSession : ITurnSession
{
    /// <summary>Runs <paramref name="handler"/> with a session made of the held turn, the loaded state and the channel's turn.</summary>
    public async Task RunAsync(ITurnContext turn, Func<TSession, CancellationToken, Task> handler, CancellationToken cancellationToken)
    {
        var key = StateKeys.Conversation(turn.Activity);
        for (var attempt = 0; ; attempt++)
        {
            var entry = await state.LoadAsync(key, cancellationToken).ConfigureAwait(false);
            if (!entry.Value.MarkProcessed(turn.Activity.Id))
            {
                return;
            }

            var buffer = new BufferingAdapter(turn.Capabilities);
            var heldTurn = new TurnContext(buffer, turn.Activity);
            var session = createSession(heldTurn, entry.Value, turn);
            await handler(session, cancellationToken).ConfigureAwait(false);
            try
            {
                if (session.ForgetConversation)
                {
                    await state.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await state.SaveAsync(entry, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (EtagException) when (attempt == 0)
            {
                continue;
            }
            catch (EtagException)
            {
                await turn.SendActivityAsync(MessageFactory.Text(session.ConcurrentTurnReply), cancellationToken).ConfigureAwait(false);
                return;
            }

            turn.InvokeResponse = heldTurn.InvokeResponse;
            await FlushAsync(turn, buffer, session, entry, cancellationToken).ConfigureAwait(false);
            return;
        }
    }

    /// <summary>Sends the held replies as one batch, then the updates; saves what the session kept of the replies' ids.</summary>
    private async Task FlushAsync(ITurnContext turn, BufferingAdapter buffer, TSession session, StateEntry<TState> entry, CancellationToken cancellationToken)
    {
        if (buffer.Sent.Count > 0)
        {
            var responses = await turn.SendActivitiesAsync(buffer.Sent, cancellationToken).ConfigureAwait(false);
            if (!session.ForgetConversation && session.OnRepliesSent(buffer.Sent, responses))
            {
                try
                {
                    await state.SaveAsync(entry, cancellationToken).ConfigureAwait(false);
                }
                catch (EtagException)
                {
                    // A newer turn already moved on; what was kept (a card to replace) simply will not be used.
                }
            }
        }

        foreach (var update in buffer.Updates ?? [])
        {
            await turn.UpdateActivityAsync(update, cancellationToken).ConfigureAwait(false);
        }
    }
}
