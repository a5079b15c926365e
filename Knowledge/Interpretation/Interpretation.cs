using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Recommendations;

namespace GuidanceBot.Knowledge.Interpretation;

/// <summary>
/// What a free-text description says about the context: the <see cref="Context"/> to start from, each filled slot
/// with the words that filled it, the slots still to ask (question order; the optional one flagged), and the slots
/// left open because the text said two things at once.
/// </summary>
public sealed record Interpretation
{
    public required string ContentVersion { get; init; }

    /// <summary>The locale whose phrases were used (a request for a locale without its own block falls back).</summary>
    public required string Locale { get; init; }

    public required GuidanceContext Context { get; init; }

    /// <summary>The slots found, in question order.</summary>
    public required IReadOnlyList<SlotFinding> Slots { get; init; }

    /// <summary>The slots still unanswered, in question order, with the question to ask.</summary>
    public required IReadOnlyList<MissingAnswer> Missing { get; init; }

    public required IReadOnlyList<SlotConflict> Conflicts { get; init; }
}
