using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Knowledge.Answers;

/// <summary>One numbered source of a composed answer ([1], [2]…); each source appears once however many items cite it.</summary>
public sealed record AnswerCitation(int Number, Citation Source);
