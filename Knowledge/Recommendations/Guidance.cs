using GuidanceBot.Knowledge.Context;

namespace GuidanceBot.Knowledge.Recommendations;

/// <summary>
/// The recommendation for one context (architecture.md §1): ranked pathways and those ruled out, the roles the
/// cooperative can play, insights, pitfalls, advice for the user's role, examples and next steps, each explained
/// and sourced, plus the answers that would sharpen the result.
/// </summary>
public sealed record Guidance
{
    public required string ContentVersion { get; init; }

    public required GuidanceContext Context { get; init; }

    public required IReadOnlyList<RankedPathway> Pathways { get; init; }

    /// <summary>Reasons that hold for every shown pathway alike (e.g. the law is unknown): shown once, not under each.</summary>
    public IReadOnlyList<GuidanceReason> SharedReasons { get; init; } = [];

    /// <summary>
    /// Ways to organise recommended besides the pathways, shown above them when they lead (e.g. informal SSE groups
    /// such as self-help or savings groups where the law allows displaced people no formal membership).
    /// </summary>
    public IReadOnlyList<GuidanceEntry> Forms { get; init; } = [];

    /// <summary>Legal notes of the countries the user named, each with its as-of date and the caution to check locally.</summary>
    public IReadOnlyList<GuidanceEntry> LegalNotes { get; init; } = [];

    public required IReadOnlyList<RuledOutPathway> RuledOut { get; init; }

    public required IReadOnlyList<GuidanceEntry> Roles { get; init; }

    public required IReadOnlyList<GuidanceEntry> Insights { get; init; }

    public required IReadOnlyList<GuidanceEntry> Pitfalls { get; init; }

    public required IReadOnlyList<GuidanceEntry> Advice { get; init; }

    public required IReadOnlyList<GuidanceEntry> Examples { get; init; }

    public required IReadOnlyList<GuidanceEntry> NextSteps { get; init; }

    public required IReadOnlyList<MissingAnswer> Sharpen { get; init; }

    public IReadOnlyList<GuidanceEntry> Section(Model.GuidanceSection section) => section switch
    {
        Model.GuidanceSection.Roles => Roles,
        Model.GuidanceSection.Insights => Insights,
        Model.GuidanceSection.Pitfalls => Pitfalls,
        Model.GuidanceSection.Advice => Advice,
        Model.GuidanceSection.Examples => Examples,
        Model.GuidanceSection.NextSteps => NextSteps,
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };
}
