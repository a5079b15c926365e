using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Tests.Bot.Auth;

/// <summary>Replaces the guidance bot to prove whether a turn ran: counts turns and answers messages with "ok".</summary>
public sealed class CountingBot : IBot
{
    private int _turns;

    public int Turns => Volatile.Read(ref _turns);

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _turns);
        return turnContext.Activity.IsType(ActivityTypes.Message)
            ? turnContext.SendActivityAsync(MessageFactory.Text("ok"), cancellationToken)
            : Task.CompletedTask;
    }
}
