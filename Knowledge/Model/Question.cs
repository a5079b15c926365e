using GuidanceBot.Knowledge.Context;

namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// The question that fills one context slot, with its short name, help text and answer options. A question may be
/// framed differently for some answers (returnees are asked about the law at home, not about displaced people's
/// rights): <see cref="In"/> gives the wording for a context.
/// </summary>
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

    /// <summary>An optional question the guided flow still asks when its answer would change which pathway leads.</summary>
    public bool AskWhenItMatters { get; init; }

    /// <summary>Never asked nor listed as sharpening the guidance: only descriptions and the API fill it.</summary>
    public bool Hidden { get; init; }

    /// <summary>Other wordings of this question, each for the contexts its condition holds in; the first that holds wins.</summary>
    public IReadOnlyList<QuestionFraming> Framings { get; init; } = [];

    /// <summary>Which wording of the question the question card shows: 0 the plain one, n the n-th framing.</summary>
    public int FramingNumber { get; init; }

    public AnswerOption? Option(string value) => Options.FirstOrDefault(option => option.Value == value);

    /// <summary>The question as worded for this context (itself when no framing holds). Built at load: no allocation here.</summary>
    public Question In(GuidanceContext context)
    {
        foreach (var framing in Framings)
        {
            if (framing.When.HoldsIn(context))
            {
                return framing.Framed;
            }
        }

        return this;
    }
}
