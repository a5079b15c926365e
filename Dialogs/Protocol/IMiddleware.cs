namespace GuidanceBot.Dialogs.Protocol;

/// <summary>A step around every turn (state loading, mention removal, duplicate detection...). Call <c>next</c> to continue.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken);
}
