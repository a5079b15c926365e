using GuidanceBot.Dialogs.Engine;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>
/// Runs one action. <paramref name="argument"/> is what followed a typed command's trigger word ("change <c>the law</c>"),
/// empty for a press; a press's own fields are on <see cref="GuidanceSession.Press"/>.
/// </summary>
public delegate Task GuidanceActionHandler(GuidanceSession session, DialogContext dc, string argument, CancellationToken cancellationToken);

/// <summary>
/// One thing the user can ask for by pressing a button (its card <see cref="Verb"/>) or typing a command (its
/// <see cref="Command"/> trigger words in responses.yml); either reaches the same <see cref="Handler"/>.
/// </summary>
public sealed record GuidanceAction(string? Verb, string? Command, GuidanceActionHandler Handler)
{
    /// <summary>The open question is asked again afterwards (the action leaves the flow where it was).</summary>
    public bool AsksAgain { get; init; }

    /// <summary>Typed words that only count with no question open ("yes", "hello"): while asking they are read as an answer.</summary>
    public bool OnlyWhenIdle { get; init; }
}
