using System.Globalization;
using GuidanceBot.Dialogs.Engine.Recognizers;

namespace GuidanceBot.Dialogs.Engine.Prompts;

/// <summary>A whole number, in digits or words ("about two hundred").</summary>
public class NumberPrompt(string id, PromptValidator<int>? validator = null) : Prompt<int>(id, validator)
{
    protected override Recognition<int> OnRecognize(DialogContext dc, PromptOptions options)
    {
        var text = PromptInput.Text(dc)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Recognition<int>.Failure("a number");
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var digits))
        {
            return Recognition<int>.Success(digits);
        }

        return NumberWords.Number(text, dc.Context.Activity.Locale) is int number
            ? Recognition<int>.Success(number)
            : Recognition<int>.Failure("a number");
    }
}
