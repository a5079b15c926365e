namespace GuidanceBot.Dialogs.Engine;

/// <summary>The dialog stack; the active dialog is the last entry.</summary>
public sealed class DialogState
{
    public List<DialogInstance> Stack { get; set; } = [];
}
