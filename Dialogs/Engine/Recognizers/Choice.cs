namespace GuidanceBot.Dialogs.Engine.Recognizers;

/// <summary>One option of a choice prompt: the id it stands for, what the user sees, and other words for it.</summary>
public sealed class Choice
{
    public string Value { get; set; } = "";
    public string Title { get; set; } = "";
    public List<string>? Synonyms { get; set; }
}
