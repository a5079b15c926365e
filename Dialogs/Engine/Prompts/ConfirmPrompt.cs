using GuidanceBot.Dialogs.Engine.Recognizers;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Engine.Prompts;

/// <summary>Yes or no, in the words of the user's language.</summary>
public class ConfirmPrompt(string id, Func<string?, ConfirmWords> wordsForLocale, PromptValidator<bool>? validator = null)
    : Prompt<bool>(id, validator)
{
    protected override Recognition<bool> OnRecognize(ITurnContext turnContext, PromptOptions options) =>
        ConfirmRecognizer.Recognize(PromptInput.Text(turnContext.Activity), wordsForLocale(turnContext.Activity.Locale));

    protected override bool ShowChoicesAsButtons(int failedAttempts) => true;
}
