namespace GuidanceBot.Knowledge.Model;

/// <summary>The question that fills one context slot, with its short name, help text and answer options.</summary>
public sealed record Question(
    string Slot,
    string Prompt,
    string Help,
    string Sharpens,
    bool Multiple,
    bool Optional,
    IReadOnlyList<AnswerOption> Options,
    SourceLocation Location,
    string Name = "",
    IReadOnlyList<string>? Names = null)
{
    /// <summary>Words a user may use for the question itself ("the law", "members"), e.g. to change its answer.</summary>
    public IReadOnlyList<string> NameWords => Names ?? [];

    public AnswerOption? Option(string value) => Options.FirstOrDefault(option => option.Value == value);
}
