using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Engine;

/// <summary>
/// A dialog made of dialogs: it keeps its own stack inside its instance, so it can be started, interrupted
/// and reprompted as one unit by whoever started it.
/// </summary>
public class ComponentDialog(string id) : Dialog(id)
{
    protected DialogSet Dialogs { get; } = new();

    /// <summary>The dialog started when this component begins; defaults to the first one added.</summary>
    protected string? InitialDialogId { get; set; }

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        instance.Inner = new DialogState();
        var inner = InnerContext(dc, instance);
        var result = await OnBeginDialogAsync(inner, options, cancellationToken).ConfigureAwait(false);
        return await EndIfCompleteAsync(dc, result, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var inner = InnerContext(dc, dc.ActiveDialog!);
        var result = await OnContinueDialogAsync(inner, cancellationToken).ConfigureAwait(false);
        return await EndIfCompleteAsync(dc, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Components start their inner dialogs themselves, so a resume from outside just asks again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        new DialogContext(Dialogs, turnContext, instance.Inner ??= new DialogState()).RepromptDialogAsync(cancellationToken);

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
        innerDc.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"'{Id}' has no dialogs."), options, cancellationToken);

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    private DialogContext InnerContext(DialogContext outer, DialogInstance instance) =>
        new(Dialogs, outer.Context, instance.Inner ??= new DialogState(), outer);

    private static Task<DialogTurnResult> EndIfCompleteAsync(DialogContext dc, DialogTurnResult result, CancellationToken cancellationToken) =>
        result.Status == DialogTurnStatus.Complete
            ? dc.EndDialogAsync(result.Result, cancellationToken)
            : Task.FromResult(result);
}
