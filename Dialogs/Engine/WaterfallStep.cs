namespace GuidanceBot.Dialogs.Engine;

/// <summary>One step of a waterfall; it ends by prompting, moving on (<c>NextAsync</c>) or ending the dialog.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);
