using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Knowledge.Recommendations;

/// <summary>
/// A pathway (P1…P7) that fits the context, with its rank (1 = best), score, reasons and sources. <see cref="Why"/> is
/// the one sentence that says why this pathway, rather than the others, fits the answers; <see cref="Reasons"/> holds
/// only the reasons specific to it (those shared by every shown pathway are in <see cref="Guidance.SharedReasons"/>).
/// </summary>
public sealed record RankedPathway(
    string Id,
    int Rank,
    double Score,
    string Title,
    string Summary,
    IReadOnlyList<GuidanceReason> Reasons,
    IReadOnlyList<Citation> Sources,
    string? Why = null);
