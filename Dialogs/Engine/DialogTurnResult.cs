namespace GuidanceBot.Dialogs.Engine;

public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static readonly DialogTurnResult Waiting = new(DialogTurnStatus.Waiting);
    public static readonly DialogTurnResult Empty = new(DialogTurnStatus.Empty);
    public static readonly DialogTurnResult Cancelled = new(DialogTurnStatus.Cancelled);
}
