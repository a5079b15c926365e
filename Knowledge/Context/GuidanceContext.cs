namespace GuidanceBot.Knowledge.Context;

/// <summary>
/// The user's situation in the slot ids of architecture.md §1. Any slot may be missing; the engine then says which
/// answers would sharpen its result. Build one from raw answers with <see cref="TryCreate"/>.
/// </summary>
public sealed record GuidanceContext
{
    public static readonly GuidanceContext Empty = new();

    public string? Membership { get; init; }

    public string? LegalEnvironment { get; init; }

    public string? Stage { get; init; }

    public IReadOnlyList<string> Needs { get; init; } = [];

    public string? Role { get; init; }

    public string? CooperativeType { get; init; }

    public string? Phase { get; init; }

    public string? Displacement { get; init; }

    /// <summary>The values held for a slot (empty when unanswered).</summary>
    public IReadOnlyList<string> Values(string slot) => slot switch
    {
        Slots.Membership => One(Membership),
        Slots.LegalEnvironment => One(LegalEnvironment),
        Slots.Stage => One(Stage),
        Slots.Needs => Needs,
        Slots.Role => One(Role),
        Slots.CooperativeType => One(CooperativeType),
        Slots.Phase => One(Phase),
        Slots.Displacement => One(Displacement),
        _ => [],
    };

    public bool IsAnswered(string slot) => Values(slot).Count > 0;

    /// <summary>A copy with one slot replaced (an empty list clears it).</summary>
    public GuidanceContext With(string slot, IReadOnlyList<string> values) => slot switch
    {
        Slots.Membership => this with { Membership = values.FirstOrDefault() },
        Slots.LegalEnvironment => this with { LegalEnvironment = values.FirstOrDefault() },
        Slots.Stage => this with { Stage = values.FirstOrDefault() },
        Slots.Needs => this with { Needs = [.. values.Distinct(StringComparer.Ordinal)] },
        Slots.Role => this with { Role = values.FirstOrDefault() },
        Slots.CooperativeType => this with { CooperativeType = values.FirstOrDefault() },
        Slots.Phase => this with { Phase = values.FirstOrDefault() },
        Slots.Displacement => this with { Displacement = values.FirstOrDefault() },
        _ => throw new ArgumentException($"'{slot}' is not a context slot.", nameof(slot)),
    };

    /// <summary>
    /// Builds a context from raw answers, checking every slot and value against the contract. Returns false with
    /// every problem found (not just the first) when anything is unknown or malformed.
    /// </summary>
    public static bool TryCreate(
        IReadOnlyDictionary<string, IReadOnlyList<string>> answers,
        out GuidanceContext context,
        out IReadOnlyList<InvalidField> invalid)
    {
        var problems = new List<InvalidField>();
        var result = Empty;
        foreach (var (slot, values) in answers)
        {
            var definition = Slots.Find(slot);
            if (definition is null)
            {
                problems.Add(new InvalidField(slot, $"'{slot}' is not a known slot; use one of: {string.Join(", ", Slots.All.Select(s => s.Id))}."));
                continue;
            }

            if (!definition.Multiple && values.Count > 1)
            {
                problems.Add(new InvalidField(slot, $"'{slot}' takes one value, not {values.Count}."));
                continue;
            }

            var unknown = values.Where(value => !definition.Values.Contains(value)).ToList();
            if (unknown.Count > 0)
            {
                problems.Add(new InvalidField(slot, $"{string.Join(", ", unknown.Select(v => $"'{v}'"))} is not a value of '{slot}'; use one of: {string.Join(", ", definition.Values)}."));
                continue;
            }

            result = result.With(slot, values);
        }

        context = result;
        invalid = problems;
        return problems.Count == 0;
    }

    private static IReadOnlyList<string> One(string? value) => value is null ? [] : [value];
}
