using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Knowledge.Interpretation;

/// <summary>
/// A phrase as vocabulary ids: for each word place, the ids that may stand there (<see cref="AnyWord"/> for
/// <c>*</c>), and whether a gap may precede it. It means a slot value (<see cref="Signal"/>), or mutes a slot's
/// phrases inside it (<see cref="MutedSlot"/>), or, with neither, is a "not a negation" phrase such as "not only".
/// </summary>
internal sealed record CompiledPattern(InterpretationPhrase? Signal, string? MutedSlot, int[][] Words, bool[] AfterGap, int Specificity)
{
    public static readonly int[] AnyWord = [-1];
}
