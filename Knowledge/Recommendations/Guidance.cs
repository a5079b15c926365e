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
