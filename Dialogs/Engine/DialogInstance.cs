using GuidanceBot.Dialogs.Engine.Prompts;

namespace GuidanceBot.Dialogs.Engine;

/// <summary>
/// One entry of the dialog stack, as plain typed data so the stack survives a restart and a JSON round
/// trip unchanged. Answers are not kept here: dialogs write them into the conversation's typed state.
/// </summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = "";

    /// <summary>Waterfalls: the step that is running or waiting.</summary>
    public int StepIndex { get; set; }

    /// <summary>Prompts: failed recognitions so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Prompts: what was asked, so a retry or a reprompt can ask it again.</summary>
    public PromptOptions? Prompt { get; set; }

    /// <summary>Component dialogs: their own stack.</summary>
    public DialogState? Inner { get; set; }
}
