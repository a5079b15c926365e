namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// One rule of recommendations.yml: when the context holds (<see cref="When"/>), add pathway points, rule pathways
/// out, and show items in parts of the answer, all for the stated <see cref="Reason"/>.
/// </summary>
public sealed record RecommendationRule
{
    public required string Id { get; init; }

    public Applicability When { get; init; } = Applicability.Everywhere;

    /// <summary>Why the rule applies, with {slot} placeholders for the user's answers.</summary>
    public required string Reason { get; init; }

    public IReadOnlyDictionary<string, double> PathwayPoints { get; init; } = new Dictionary<string, double>();

    public IReadOnlyList<string> Exclude { get; init; } = [];

    public IReadOnlyDictionary<GuidanceSection, IReadOnlyList<string>> Items { get; init; } =
        new Dictionary<GuidanceSection, IReadOnlyList<string>>();

    public required SourceLocation Location { get; init; }
}
