using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Engine;

/// <summary>The plainest session: the turn and its card press, for dialogs that need nothing else.</summary>
public sealed class TurnSession(ITurnContext turn) : IDialogSession
{
    public ITurnContext Turn { get; } = turn;

    public CardSubmit? Press { get; } = CardSubmit.From(turn.Activity);
}
