using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Knowledge.Recommendations;

/// <summary>
/// One item shown in a part of the guidance (a role, insight, pitfall, piece of advice, example or next step), with
/// why it is shown and where it comes from. Legal notes also carry their date and the caution to check locally.
/// </summary>
public sealed record GuidanceEntry(
    string Id,
    string Kind,
    string Title,
    string Summary,
    IReadOnlyList<GuidanceReason> Reasons,
    IReadOnlyList<Citation> Sources,
    string? AsOf = null,
    string? Caution = null);
