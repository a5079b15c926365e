namespace GuidanceBot.Knowledge.Model;

/// <summary>The question that fills one context slot, with its help text and answer options.</summary>
public sealed record Question(
    string Slot,
    string Prompt,
    string Help,
    string Sharpens,
    bool Multiple,
    bool Optional,
    IReadOnlyList<AnswerOption> Options,
    SourceLocation Location)
{
    public AnswerOption? Option(string value) => Options.FirstOrDefault(option => option.Value == value);
}
