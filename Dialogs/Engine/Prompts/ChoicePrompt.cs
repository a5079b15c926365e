using GuidanceBot.Dialogs.Engine.Recognizers;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Engine.Prompts;

/// <summary>One option out of several; the options always show as buttons.</summary>
public class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override Recognition<FoundChoice> OnRecognize(ITurnContext turnContext, PromptOptions options) =>
        ChoiceRecognizer.Recognize(PromptInput.Text(turnContext.Activity), options.Choices ?? [], turnContext.Activity.Locale);

    protected override bool ShowChoicesAsButtons(int failedAttempts) => true;
}
