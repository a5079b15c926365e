using GuidanceBot.Dialogs.Engine.Recognizers;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Engine.Prompts;

/// <summary>The last word on a recognized answer (e.g. a number within range).</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> context, CancellationToken cancellationToken);

public sealed record PromptValidatorContext<T>(ITurnContext Context, Recognition<T> Recognized, PromptOptions Options, int FailedAttempts);
