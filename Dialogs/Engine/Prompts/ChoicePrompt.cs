using GuidanceBot.Dialogs.Engine.Recognizers;

namespace GuidanceBot.Dialogs.Engine.Prompts;

/// <summary>One option out of several; the options always show as buttons.</summary>
public class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override Recognition<FoundChoice> OnRecognize(DialogContext dc, PromptOptions options) =>
        ChoiceRecognizer.Recognize(PromptInput.Text(dc), options.Choices ?? [], dc.Context.Activity.Locale);

    protected override bool ShowChoicesAsButtons(int failedAttempts) => true;
}
