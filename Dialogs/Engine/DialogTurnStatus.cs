namespace GuidanceBot.Dialogs.Engine;

public enum DialogTurnStatus
{
    /// <summary>Nothing was on the stack.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next activity.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended; <see cref="DialogTurnResult.Result"/> holds its result.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
