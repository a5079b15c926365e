namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// Words that cancel a phrase starting at most <paramref name="Window"/> words after them (in the same clause), for
/// some slots only: a negation ("cannot register their own" is not <c>can-form</c>) or a doubt ("whether they can
/// register" says nothing about what they can do). For needs a lack is still a need ("no access to credit"), so
/// groups usually leave <c>needs</c> out.
/// </summary>
public sealed record NegationGroup(IReadOnlyList<string> Words, IReadOnlyList<string> Slots, int Window, SourceLocation Location)
{
    public const int DefaultWindow = 3;
}
