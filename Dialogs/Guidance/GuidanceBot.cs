using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// The bot's routing table: the bot or a Web Chat user joins → welcome; a message or card submit → the dialogs;
/// everything else is ignored (and answered 200 by the channel).
/// </summary>
public sealed class GuidanceBot(ResponseCatalog responses) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        return activity.Type switch
        {
            ActivityTypes.ConversationUpdate when ShouldWelcome(activity) => WelcomeAsync(turnContext, cancellationToken),
            ActivityTypes.Message => OnMessageAsync(turnContext, cancellationToken),
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

    private Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Attachment(AdaptiveCardJson.ToAttachment(WelcomeCard.Build(responses))), cancellationToken);

    private Task OnMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(responses.Get("reply.comingSoon")), cancellationToken);
}
