using GuidanceBot.Dialogs.Engine.Recognizers;

namespace GuidanceBot.Dialogs.Engine.Prompts;

/// <summary>Any non-empty text.</summary>
public class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override Recognition<string> OnRecognize(DialogContext dc, PromptOptions options) =>
        PromptInput.Text(dc)?.Trim() is { Length: > 0 } text
            ? Recognition<string>.Success(text)
            : Recognition<string>.Failure("some text");
}
