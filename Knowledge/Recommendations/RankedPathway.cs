using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Knowledge.Recommendations;

/// <summary>A pathway (P1…P7) that fits the context, with its rank (1 = best), score, reasons and sources.</summary>
public sealed record RankedPathway(
    string Id,
    int Rank,
    double Score,
    string Title,
    string Summary,
    IReadOnlyList<GuidanceReason> Reasons,
    IReadOnlyList<Citation> Sources);
