namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// One piece of the knowledge base: a finding, definition, pathway, example, pitfall... Every item has a stable id,
/// words in our own phrasing, and its sources.
/// </summary>
public sealed record KnowledgeItem
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required string Details { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<Citation> Sources { get; init; } = [];

    /// <summary>Contexts the item applies to (empty: all).</summary>
    public Applicability AppliesTo { get; init; } = Applicability.Everywhere;

    /// <summary>Ids of the study items a derived item (pitfall, advice, action) rests on.</summary>
    public IReadOnlyList<string> BasedOn { get; init; } = [];

    /// <summary>Pathways (P1…P7) an example illustrates.</summary>
    public IReadOnlyList<string> Pathways { get; init; } = [];

    /// <summary>Year a figure refers to.</summary>
    public int? Year { get; init; }

    /// <summary>Date a legal note describes; laws change after it.</summary>
    public string? AsOf { get; init; }

    public required SourceLocation Location { get; init; }
}
