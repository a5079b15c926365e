namespace GuidanceBot.Dialogs.Engine;

/// <summary>A fixed sequence of steps; each step receives the result of the one before (usually a prompt's answer).</summary>
public class WaterfallDialog(string id, IReadOnlyList<WaterfallStep> steps) : Dialog(id)
{
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        RunStepAsync(dc, 0, options, cancellationToken);

    /// <summary>A waterfall waiting without a prompt takes the user's text as the step result.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.Context.Activity.IsType(Protocol.ActivityTypes.Message)
            ? ResumeDialogAsync(dc, dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(DialogTurnResult.Waiting);

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        RunStepAsync(dc, dc.ActiveDialog!.StepIndex + 1, result, cancellationToken);

    internal Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, object? result, CancellationToken cancellationToken)
    {
        if (index >= steps.Count)
        {
            return dc.EndDialogAsync(result, cancellationToken);
        }

        dc.ActiveDialog!.StepIndex = index;
        return steps[index](new WaterfallStepContext(this, dc, index, result), cancellationToken);
    }
}
