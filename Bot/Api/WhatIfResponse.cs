using GuidanceBot.Knowledge.Recommendations;

namespace GuidanceBot.Bot.Api;

/// <summary>The what-if answer: the answers that differ, what moved and why, and the guidance after the change.</summary>
public sealed record WhatIfResponse(
    IReadOnlyList<SlotChange> ChangedAnswers,
    IReadOnlyList<PathwayChange> Pathways,
    IReadOnlyList<ItemChange> Items,
    Guidance After,
    string Locale)
{
    public static WhatIfResponse From(WhatIfComparison comparison, string locale) =>
        new(comparison.ChangedAnswers, comparison.Pathways, comparison.Items, comparison.After, locale);
}
