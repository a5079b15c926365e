namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// One word place of a phrase: the words that may stand there (lower case; a trailing <c>*</c> means "any word
/// starting with"; <c>*</c> alone means any one word), and whether a gap of a few words may come before it.
/// </summary>
public sealed record PatternWord(IReadOnlyList<string> Alternatives, bool AfterGap)
{
    public const string AnyWord = "*";

    /// <summary>Whether any one word may stand here.</summary>
    public bool IsAny => Alternatives is [AnyWord];

    public override string ToString() => (AfterGap ? "... " : "") + string.Join('|', Alternatives);

    public static bool IsPrefix(string alternative) => alternative.EndsWith('*');
}
