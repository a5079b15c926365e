using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Engine;

/// <summary>
/// What the dialogs of one turn share, read once where the turn starts. A bot passes its own typed session (the
/// guided conversation's carries its state and content); the engine needs only the turn and the card press.
/// </summary>
public interface IDialogSession
{
    ITurnContext Turn { get; }

    /// <summary>The card button press this turn carries, parsed once; null for typed text.</summary>
    CardSubmit? Press { get; }
}
