using GuidanceBot.Dialogs.Protocol;
using IMiddleware = GuidanceBot.Dialogs.Protocol.IMiddleware;

namespace GuidanceBot.Bot.Channels.Teams;

/// <summary>
/// Strips the bot's own @mention from incoming messages before the bot sees them, so "<c>&lt;at&gt;Bot&lt;/at&gt; help</c>"
/// in a Teams channel reads as "help", exactly as in a personal chat. Cheap when there is nothing to strip.
/// </summary>
public sealed class RemoveRecipientMentionMiddleware : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.IsType(ActivityTypes.Message))
        {
            turnContext.Activity.RemoveRecipientMention();
        }

        return next(cancellationToken);
    }
}
