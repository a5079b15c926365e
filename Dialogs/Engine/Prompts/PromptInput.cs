using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Engine.Prompts;

/// <summary>
/// What the user answered, whether typed or pressed: a card submit's <c>value</c> field (the option id)
/// wins over text, so a button press and typing the option reach the same recognizer.
/// </summary>
public static class PromptInput
{
    public const string ValueField = "value";

    public static string? Text(Activity activity) =>
        CardSubmit.From(activity)?.GetString(ValueField) ?? activity.Text;
}
