using GuidanceBot.Dialogs.Engine.Recognizers;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks for one value and waits until it gets one: recognize (subclass), validate (optional), and otherwise
/// ask again with the retry wording. After <see cref="HelpAfterFailures"/> failures the prompt adds its help
/// and always shows its options as buttons; after <see cref="GiveUpAfterFailures"/> it ends with no value,
/// so a user is never stuck in a loop of the same question.
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id)
{
    public const int HelpAfterFailures = 2;

    /// <summary>After this many failures the prompt gives up and ends with no value, so nobody is stuck.</summary>
    public const int GiveUpAfterFailures = 4;

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var prompt = options as PromptOptions ?? throw new ArgumentException($"Prompt '{Id}' needs {nameof(PromptOptions)}.", nameof(options));
        var instance = dc.ActiveDialog!;
        instance.Prompt = prompt;
        instance.Attempts = 0;
        await OnPromptAsync(dc, prompt, 0, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        // Messages and card actions (a Teams Action.Execute arrives as an invoke) can answer; nothing else can.
        if (!dc.Context.Activity.IsType(ActivityTypes.Message) && !dc.Context.Activity.IsType(ActivityTypes.Invoke))
        {
            return Task.FromResult(DialogTurnResult.Waiting);
        }

        return OnInputAsync(dc, dc.ActiveDialog!.Prompt ?? new PromptOptions(), cancellationToken);
    }

    /// <summary>
    /// The user's input while this prompt waits. By default it is the answer: recognized, then accepted or asked
    /// again; a prompt that lets other things interrupt it looks at the input first.
    /// </summary>
    protected virtual Task<DialogTurnResult> OnInputAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken) =>
        AnswerAsync(dc, options, OnRecognize(dc, options), cancellationToken);

    /// <summary>Takes <paramref name="recognized"/> as the answer: ends with it when valid, else asks again (or gives up).</summary>
    protected async Task<DialogTurnResult> AnswerAsync(DialogContext dc, PromptOptions options, Recognition<T> recognized, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var valid = recognized.Succeeded
            && (validator is null || await validator(new PromptValidatorContext<T>(dc.Context, recognized, options, instance.Attempts), cancellationToken).ConfigureAwait(false));
        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        instance.Attempts++;
        if (instance.Attempts >= GiveUpAfterFailures)
        {
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        await OnPromptAsync(dc, options, instance.Attempts, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        OnPromptAsync(dc, instance.Prompt ?? new PromptOptions(), 0, cancellationToken);

    /// <summary>Turns the user's input (<see cref="PromptInput"/>: typed text or a card press) into a value, or says what it expected; no side effects.</summary>
    protected abstract Recognition<T> OnRecognize(DialogContext dc, PromptOptions options);

    /// <summary>Sends the question; <paramref name="failedAttempts"/> is 0 on first asking and on reprompts.</summary>
    protected virtual Task OnPromptAsync(DialogContext dc, PromptOptions options, int failedAttempts, CancellationToken cancellationToken)
    {
        var text = failedAttempts > 0 && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (failedAttempts >= HelpAfterFailures && options.Help is not null)
        {
            text = text is null ? options.Help : text + "\n\n" + options.Help;
        }

        var message = MessageFactory.Text(text ?? "");
        if (options.Choices is { Count: > 0 } choices && ShowChoicesAsButtons(failedAttempts))
        {
            message.SuggestedActions = new SuggestedActions
            {
                Actions = choices.ConvertAll(choice => new CardAction { Type = "imBack", Title = choice.Title, Value = choice.Title }),
            };
        }

        return dc.Context.SendActivityAsync(message, cancellationToken);
    }

    /// <summary>Choice prompts always show buttons; others only once the user has had trouble.</summary>
    protected virtual bool ShowChoicesAsButtons(int failedAttempts) => failedAttempts >= HelpAfterFailures;
}
