namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// One answer to a question: the slot value it stands for, its button label, how the bot repeats it inside a
/// sentence ("the members are displaced people"), and the words a user may type for it.
/// </summary>
public sealed record AnswerOption(string Value, string Label, string Answer, IReadOnlyList<string> Synonyms, string? Help);
