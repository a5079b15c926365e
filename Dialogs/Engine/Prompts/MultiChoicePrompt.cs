using GuidanceBot.Dialogs.Engine.Recognizers;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Engine.Prompts;

/// <summary>Any number of options in one answer ("finance and women", "1, 3", or a multi-select card).</summary>
public class MultiChoicePrompt(string id, PromptValidator<IReadOnlyList<FoundChoice>>? validator = null)
    : Prompt<IReadOnlyList<FoundChoice>>(id, validator)
{
    protected override Recognition<IReadOnlyList<FoundChoice>> OnRecognize(ITurnContext turnContext, PromptOptions options) =>
        ChoiceRecognizer.RecognizeMany(PromptInput.Text(turnContext.Activity), options.Choices ?? [], turnContext.Activity.Locale);

    protected override bool ShowChoicesAsButtons(int failedAttempts) => true;
}
