namespace GuidanceBot.Dialogs.Engine;

/// <summary>Why a dialog left the stack.</summary>
public enum DialogReason
{
    Ended,
    Replaced,
    Cancelled,
}
