using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Model;

namespace GuidanceBot.Knowledge.Recommendations;

/// <summary>Diffs two guidances. Reasons are compared by rule id, so "why" is the rules that started or stopped applying.</summary>
public static class WhatIfComparer
{
    public static WhatIfComparison Compare(Guidance before, Guidance after)
    {
        var answers = Slots.All
            .Select(slot => new SlotChange(slot.Id, before.Context.Values(slot.Id), after.Context.Values(slot.Id)))
            .Where(change => !change.Before.SequenceEqual(change.After))
            .ToList();
        return new WhatIfComparison(before, after, answers, Pathways(before, after), Items(before, after));
    }

    private static List<PathwayChange> Pathways(Guidance before, Guidance after)
    {
        var changes = new List<PathwayChange>();
        foreach (var id in Slots.Pathways)
        {
            var was = before.Pathways.FirstOrDefault(p => p.Id == id);
            var now = after.Pathways.FirstOrDefault(p => p.Id == id);
            var wasOut = before.RuledOut.FirstOrDefault(p => p.Id == id);
            var nowOut = after.RuledOut.FirstOrDefault(p => p.Id == id);
            var reasonsBefore = Reasons(before, was).Concat(wasOut?.Reasons ?? []).ToList();
            var reasonsAfter = Reasons(after, now).Concat(nowOut?.Reasons ?? []).ToList();
            var added = reasonsAfter.Where(reason => reasonsBefore.TrueForAll(other => other.Rule != reason.Rule)).ToList();
            var removed = reasonsBefore.Where(reason => reasonsAfter.TrueForAll(other => other.Rule != reason.Rule)).ToList();
            if (was?.Rank == now?.Rank && was?.Score == now?.Score && (wasOut is null) == (nowOut is null) && added.Count == 0 && removed.Count == 0)
            {
                continue;
            }

            var title = now?.Title ?? was?.Title ?? nowOut?.Title ?? wasOut!.Title;
            changes.Add(new PathwayChange(id, title, was?.Rank, now?.Rank, was?.Score ?? 0, now?.Score ?? 0, wasOut is not null, nowOut is not null, added, removed));
        }

        return changes;
    }

    /// <summary>All the reasons for a ranked pathway: its own, and for a shown one those said once for all shown.</summary>
    private static IEnumerable<GuidanceReason> Reasons(Guidance guidance, RankedPathway? pathway) =>
        pathway is null ? [] : pathway.Rank <= RecommendationEngine.ShownTogether ? pathway.Reasons.Concat(guidance.SharedReasons) : pathway.Reasons;

    private static List<ItemChange> Items(Guidance before, Guidance after)
    {
        var changes = new List<ItemChange>();
        foreach (var section in GuidanceSections.All)
        {
            var was = before.Section(section);
            var now = after.Section(section);
            var key = GuidanceSections.Key(section);
            changes.AddRange(now.Where(entry => was.All(other => other.Id != entry.Id))
                .Select(entry => new ItemChange(key, entry.Id, entry.Title, ItemChange.Added, entry.Reasons)));
            changes.AddRange(was.Where(entry => now.All(other => other.Id != entry.Id))
                .Select(entry => new ItemChange(key, entry.Id, entry.Title, ItemChange.Removed, entry.Reasons)));
        }

        return changes;
    }
}
