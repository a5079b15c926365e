using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Tests.DirectLine;

/// <summary>
/// A predictable bot for wire tests: "welcome" when members are added; "typing" → a typing activity then "done";
/// "fail" → throws (so the error policy answers); anything else → "echo: {text}".
/// </summary>
public sealed class ScriptedBot : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.ConversationUpdate) && activity.MembersAdded is { Count: > 0 })
        {
            return turnContext.SendActivityAsync(MessageFactory.Text("welcome"), cancellationToken);
        }

        if (!activity.IsType(ActivityTypes.Message))
        {
            return Task.CompletedTask;
        }

        return activity.Text switch
        {
            "typing" => turnContext.SendActivitiesAsync([MessageFactory.Typing(), MessageFactory.Text("done")], cancellationToken),
            "fail" => throw new InvalidOperationException("scripted failure"),
            _ => turnContext.SendActivityAsync(MessageFactory.Text("echo: " + activity.Text), cancellationToken),
        };
    }
}
