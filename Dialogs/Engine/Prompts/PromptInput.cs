namespace GuidanceBot.Dialogs.Engine.Prompts;

/// <summary>
/// What the user answered, whether typed or pressed: a card press's <c>value</c> field (the option id)
/// wins over text, so a button press and typing the option reach the same recognizer. The press is the
/// one the session parsed where the turn started.
/// </summary>
public static class PromptInput
{
    public const string ValueField = "value";

    public static string? Text(DialogContext dc) =>
        dc.Session.Press?.GetString(ValueField) ?? dc.Context.Activity.Text;
}
