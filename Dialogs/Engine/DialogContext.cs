using GuidanceBot.Dialogs.Engine.Prompts;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Engine;

/// <summary>The dialog stack of one conversation during one turn, the turn's session, and the operations that move the stack.</summary>
public sealed class DialogContext(DialogSet dialogs, IDialogSession session, DialogState state)
{
    public DialogSet Dialogs { get; } = dialogs;

    /// <summary>The turn's session; a bot's dialogs read their own typed session from here.</summary>
    public IDialogSession Session { get; } = session;

    public ITurnContext Context => Session.Turn;

    public List<DialogInstance> Stack => state.Stack;

    public DialogInstance? ActiveDialog => state.Stack.Count > 0 ? state.Stack[^1] : null;

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' can be started here.");
        state.Stack.Add(new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var active = ActiveDialog;
        if (active is null)
        {
            return DialogTurnResult.Empty;
        }

        return await RequireDialog(active).ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.Ended, cancellationToken).ConfigureAwait(false);
        var below = ActiveDialog;
        if (below is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        return await RequireDialog(below).ResumeDialogAsync(this, result, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.Replaced, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        while (state.Stack.Count > 0)
        {
            await PopAsync(DialogReason.Cancelled, cancellationToken).ConfigureAwait(false);
        }

        return DialogTurnResult.Cancelled;
    }

    public Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        var active = ActiveDialog;
        return active is null
            ? Task.CompletedTask
            : RequireDialog(active).RepromptDialogAsync(this, active, cancellationToken);
    }

    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    private Dialog RequireDialog(DialogInstance instance) =>
        FindDialog(instance.Id) ?? throw new InvalidOperationException($"The stack names dialog '{instance.Id}', which no longer exists.");

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var active = ActiveDialog;
        if (active is null)
        {
            return;
        }

        state.Stack.RemoveAt(state.Stack.Count - 1);
        var dialog = FindDialog(active.Id);
        if (dialog is not null)
        {
            await dialog.OnEndDialogAsync(this, active, reason, cancellationToken).ConfigureAwait(false);
        }
    }
}
