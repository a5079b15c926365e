using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// The bot's routing table: the bot or a Web Chat user joins → welcome (once per conversation); a message or
/// card press → the guided conversation; everything else is ignored (and answered 200 by the channel).
/// </summary>
public sealed class GuidanceBot(ConversationTurnRunner runner, GuidanceDialogs dialogs, GuidanceRouter router) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        return activity.Type switch
        {
            ActivityTypes.ConversationUpdate when ShouldWelcome(activity) => runner.RunAsync(turnContext, WelcomeAsync, cancellationToken),
            ActivityTypes.Message => runner.RunAsync(turnContext, OnMessageAsync, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    /// <summary>
    /// Teams announces the bot's own arrival (install, added to a team or chat): welcome then, and not when
    /// other people join a team. Web Chat only announces the user, so there the user's arrival counts.
    /// </summary>
    private static bool ShouldWelcome(Activity activity)
    {
        var added = activity.MembersAdded;
        if (added is null || added.Count == 0)
        {
            return false;
        }

        var botId = activity.Recipient?.Id;
        var botAdded = added.Exists(member => string.Equals(member.Id, botId, StringComparison.Ordinal));
        return botAdded || (activity.ChannelId != "msteams" && added.Exists(member => !string.Equals(member.Id, botId, StringComparison.Ordinal)));
    }

    private static Task WelcomeAsync(GuidanceSession session, CancellationToken cancellationToken)
    {
        if (session.State.Welcomed)
        {
            return Task.CompletedTask;
        }

        session.State.Welcomed = true;
        return session.Turn.SendActivityAsync(MessageFactory.Attachment(AdaptiveCardJson.ToAttachment(WelcomeCard.Build(session.Responses))), cancellationToken);
    }

    private Task OnMessageAsync(GuidanceSession session, CancellationToken cancellationToken) =>
        router.RouteAsync(session, dialogs.Set.CreateContext(session.Turn, session.State.Dialogs), cancellationToken);
}
