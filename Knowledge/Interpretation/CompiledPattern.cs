namespace GuidanceBot.Knowledge.Interpretation;

/// <summary>
/// A phrase as vocabulary ids: for each word place, the ids that may stand there, and whether a gap may precede
/// it. <see cref="Signal"/> is the slot value it means, or null for a "not a negation" phrase such as "not only".
/// </summary>
internal sealed record CompiledPattern(InterpretationPhrase? Signal, int[][] Words, bool[] AfterGap);
