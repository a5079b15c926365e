using GuidanceBot.Dialogs.Engine.Recognizers;

namespace GuidanceBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt asks; stored in the dialog instance so a retry or reprompt can ask it again.</summary>
public sealed class PromptOptions
{
    public string? Prompt { get; set; }

    /// <summary>Said instead of <see cref="Prompt"/> after an answer was not understood.</summary>
    public string? RetryPrompt { get; set; }

    /// <summary>Added after repeated failures, together with the options as buttons, so nobody loops forever.</summary>
    public string? Help { get; set; }

    public List<Choice>? Choices { get; set; }

    /// <summary>The content id of the question, for renderers that build a card for it.</summary>
    public string? QuestionId { get; set; }

    /// <summary>Several options may be chosen at once.</summary>
    public bool AllowMultiple { get; set; }
}
