namespace GuidanceBot.Dialogs.Protocol;

/// <summary>The bot's logic: one call per incoming activity.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
