using GuidanceBot.Bot.Logging;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Bot.Errors;

/// <summary>
/// The one error policy for failed turns: log without message text, tell the user something kind, and
/// delete the conversation's dialog state so a broken dialog stack cannot trap anyone. Never throws.
/// </summary>
public sealed class TurnErrorHandler(IStorage storage, ResponseCatalog responses, ILogger<TurnErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        var activity = turnContext.Activity;
        BotLog.TurnFailed(logger, activity.Type, activity.ChannelId, ExceptionSummary.Describe(exception));
        try
        {
            await storage.DeleteAsync([StateKeys.Conversation(activity)], CancellationToken.None).ConfigureAwait(false);
            if (!activity.IsType(ActivityTypes.Invoke))
            {
                await turnContext.SendActivityAsync(MessageFactory.Text(responses.Get("error.turn")), CancellationToken.None).ConfigureAwait(false);
            }
            else
            {
                turnContext.InvokeResponse = new InvokeResponse(500);
            }
        }
        catch (Exception policyError)
        {
            BotLog.ErrorPolicyFailed(logger, ExceptionSummary.Describe(policyError));
        }
    }
}
