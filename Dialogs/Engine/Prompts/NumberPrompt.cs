using System.Globalization;
using GuidanceBot.Dialogs.Engine.Recognizers;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Engine.Prompts;

/// <summary>A whole number, in digits or words ("about two hundred").</summary>
public class NumberPrompt(string id, PromptValidator<int>? validator = null) : Prompt<int>(id, validator)
{
    protected override Recognition<int> OnRecognize(ITurnContext turnContext, PromptOptions options)
    {
        var activity = turnContext.Activity;
        var text = PromptInput.Text(activity)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Recognition<int>.Failure("a number");
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var digits))
        {
            return Recognition<int>.Success(digits);
        }

        return NumberWords.Number(text, activity.Locale) is int number
            ? Recognition<int>.Success(number)
            : Recognition<int>.Failure("a number");
    }
}
