namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// A wording of a question for some contexts (<see cref="When"/>, e.g. membership returnee): the whole question
/// with its prompt, help and answer texts replaced, built once when the content loads.
/// </summary>
public sealed record QuestionFraming(Applicability When, Question Framed);
