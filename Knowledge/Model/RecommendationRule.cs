namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// One rule of recommendations.yml: when the context holds (<see cref="When"/>) and does not hold
/// <see cref="Unless"/>, add pathway points, rule pathways out, and show items in parts of the answer, all for the
/// stated <see cref="Reason"/>; <see cref="Why"/> says, per pathway, why that pathway rather than the others fits.
/// </summary>
public sealed record RecommendationRule
{
    public required string Id { get; init; }

    public Applicability When { get; init; } = Applicability.Everywhere;

    /// <summary>Answers that stop the rule (returnees are not bound by rules about displaced people's rights).</summary>
    public Applicability? Unless { get; init; }

    /// <summary>Why the rule applies, with {slot} placeholders for the user's answers.</summary>
    public required string Reason { get; init; }

    public IReadOnlyDictionary<string, double> PathwayPoints { get; init; } = new Dictionary<string, double>();

    /// <summary>Pathway → one sentence (with {slot} placeholders) on why that pathway, rather than the others, fits.</summary>
    public IReadOnlyDictionary<string, string> Why { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Ways to organise recommended beside the pathways (e.g. informal SSE groups where the law allows no more).</summary>
    public IReadOnlyList<string> Forms { get; init; } = [];

    public IReadOnlyDictionary<GuidanceSection, IReadOnlyList<string>> Items { get; init; } =
        new Dictionary<GuidanceSection, IReadOnlyList<string>>();

    public required SourceLocation Location { get; init; }

    /// <summary>Whether the rule applies in this context.</summary>
    public bool AppliesIn(Context.GuidanceContext context) => When.HoldsIn(context) && Unless?.HoldsIn(context) != true;
}
