using GuidanceBot.Bot.Logging;
using GuidanceBot.Bot.Telemetry;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Knowledge;

namespace GuidanceBot.Bot.Errors;

/// <summary>
/// The one error policy for failed turns: log without message text, tell the user something kind, and
/// delete the conversation's dialog state so a broken dialog stack cannot trap anyone. When the turn failed
/// because the state store is unreachable, the state is not the problem and cannot be reached anyway: the user
/// is asked to try again and the stored state is left for when the store returns. Never throws.
/// </summary>
public sealed class TurnErrorHandler(IStorage storage, IKnowledgeBaseProvider knowledge, ILogger<TurnErrorHandler> logger)
{
    private const string TurnFailed = "error.turn";
    private const string StorageUnavailable = "error.storageUnavailable";

    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        var activity = turnContext.Activity;
        // The adapter calls this outside the turn's own scope, so the failure opens the same one.
        using var scope = ConversationLogScope.Begin(logger, ConversationLogScope.HashOf(activity));
        var unavailable = StorageUnavailableException.FindIn(exception);
        var storeUnreachable = unavailable is not null;
        if (unavailable is not null)
        {
            // Its message names the back end and the status, never user data.
            BotLog.TurnStorageUnavailable(logger, activity.Type, activity.ChannelId, unavailable.Message);
        }
        else
        {
            BotLog.TurnFailed(logger, activity.Type, activity.ChannelId, ExceptionSummary.Describe(exception));
        }

        try
        {
            if (!storeUnreachable)
            {
                await storage.DeleteAsync([StateKeys.Conversation(activity)], CancellationToken.None).ConfigureAwait(false);
            }

            if (!activity.IsType(ActivityTypes.Invoke))
            {
                var key = storeUnreachable ? StorageUnavailable : TurnFailed;
                // In the activity's language: the conversation's stored choice may be what broke.
                var responses = knowledge.Current.In(activity.Locale).Responses;
                await turnContext.SendActivityAsync(MessageFactory.Text(responses.Get(key)), CancellationToken.None).ConfigureAwait(false);
            }
            else
            {
                turnContext.InvokeResponse = new InvokeResponse(storeUnreachable ? 503 : 500);
            }
        }
        catch (Exception policyError)
        {
            BotLog.ErrorPolicyFailed(logger, ExceptionSummary.Describe(policyError));
        }
    }
}
