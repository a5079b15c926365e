using GuidanceBot.Dialogs.Engine.Prompts;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Engine;

/// <summary>What a waterfall step sees: the turn, the previous step's result, and the ways to end the step.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _moved;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, int index, object? result)
    {
        _waterfall = waterfall;
        DialogContext = dc;
        Index = index;
        Result = result;
    }

    public DialogContext DialogContext { get; }

    public ITurnContext Context => DialogContext.Context;

    /// <summary>The turn's session (a bot's steps read their own typed session from here).</summary>
    public IDialogSession Session => DialogContext.Session;

    public int Index { get; }

    /// <summary>The previous step's result: a prompt's recognized answer, or what <see cref="NextAsync"/> passed.</summary>
    public object? Result { get; }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        DialogContext.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Skips to the next step without waiting for the user.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_moved)
        {
            throw new InvalidOperationException($"Step {Index} of '{_waterfall.Id}' already moved on.");
        }

        _moved = true;
        return _waterfall.RunStepAsync(DialogContext, Index + 1, result, cancellationToken);
    }

    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default) =>
        DialogContext.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        DialogContext.ReplaceDialogAsync(dialogId, options, cancellationToken);
}
