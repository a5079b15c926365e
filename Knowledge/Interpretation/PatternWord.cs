namespace GuidanceBot.Knowledge.Interpretation;

/// <summary>
/// One word place of a phrase: the words that may stand there (lower case; a trailing <c>*</c> means "any word
/// starting with"), and whether a gap of a few words may come before it.
/// </summary>
public sealed record PatternWord(IReadOnlyList<string> Alternatives, bool AfterGap)
{
    public override string ToString() => (AfterGap ? "... " : "") + string.Join('|', Alternatives);

    public static bool IsPrefix(string alternative) => alternative.EndsWith('*');
}
