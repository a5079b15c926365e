using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Turns;

/// <summary>What <see cref="ConversationTurnRunner{TState, TSession}"/> needs from a bot's session once the bot has run.</summary>
public interface ITurnSession
{
    /// <summary>The user asked to forget everything: the turn deletes the state instead of saving it.</summary>
    bool ForgetConversation { get; }

    /// <summary>Said when the turn lost the race for the state twice and was not applied: the user should resend.</summary>
    string ConcurrentTurnReply { get; }

    /// <summary>
    /// The held replies went out and the channel gave them ids; true when the session kept one in the state (a card
    /// to replace later), so the state is saved again.
    /// </summary>
    bool OnRepliesSent(IReadOnlyList<Activity> sent, ResourceResponse[] responses);
}
