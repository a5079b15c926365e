using GuidanceBot.Knowledge.Recommendations;

namespace GuidanceBot.Dialogs.Guidance;

/// <summary>"What if" in words: which answers changed, how the pathways moved, what appeared or went.</summary>
public static class WhatIfText
{
    private const int ItemChangesShown = 6;

    public static string Describe(GuidanceSession session, WhatIfComparison comparison)
    {
        var questions = session.Knowledge.Questions;
        var changes = string.Join("; ", comparison.ChangedAnswers.Select(change =>
        {
            var question = questions.Get(change.Slot);
            var after = change.After.Count == 0
                ? session.Say("summary.notAnswered")
                : string.Join(", ", change.After.Select(value => question.Option(value)?.Label ?? value));
            return $"{question.Name}: {after}";
        }));
        var lines = new List<string> { session.Say("whatIf.intro", new Dictionary<string, string> { ["changes"] = changes }) };
        foreach (var pathway in comparison.Pathways)
        {
            if (pathway.RankBefore is int before && pathway.RankAfter is int after && before != after)
            {
                var key = after < before ? "whatIf.pathwayUp" : "whatIf.pathwayDown";
                lines.Add("- " + session.Say(key, new Dictionary<string, string>
                {
                    ["pathway"] = $"{pathway.Title} ({pathway.Id})",
                    ["before"] = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["after"] = after.ToString(System.Globalization.CultureInfo.InvariantCulture),
                }));
            }
        }

        foreach (var item in comparison.Items.Take(ItemChangesShown))
        {
            var key = item.Change == ItemChange.Added ? "whatIf.added" : "whatIf.removed";
            lines.Add("- " + session.Say(key, new Dictionary<string, string> { ["title"] = item.Title }));
        }

        if (lines.Count == 1)
        {
            lines.Add(session.Say("whatIf.same"));
        }

        return string.Join("\n", lines);
    }
}
