namespace GuidanceBot.Knowledge.Recommendations;

/// <summary>The answer to "what if": both guidances, the answers that differ, and what changed as a result.</summary>
public sealed record WhatIfComparison(
    Guidance Before,
    Guidance After,
    IReadOnlyList<SlotChange> ChangedAnswers,
    IReadOnlyList<PathwayChange> Pathways,
    IReadOnlyList<ItemChange> Items);
