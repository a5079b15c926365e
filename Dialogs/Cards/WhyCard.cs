using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Knowledge.Recommendations;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>"Why this pathway?": every reason the rules gave, in terms of the user's answers, with the sources.</summary>
public static class WhyCard
{
    public static AdaptiveCard Build(ResponseCatalog responses, RankedPathway pathway)
    {
        var title = responses.Get("why.intro", new Dictionary<string, string> { ["pathway"] = $"{pathway.Title} ({pathway.Id})" });
        var body = new List<AdaptiveElement>
        {
            new AdaptiveTextBlock(title) { Weight = "Bolder", Style = "heading" },
            new AdaptiveTextBlock(pathway.Summary),
        };
        var lines = new List<string> { title, pathway.Summary };
        var reasons = pathway.Reasons.Select(reason => reason.Text).ToList();
        if (reasons.Count == 0)
        {
            reasons.Add(responses.Get("why.none"));
        }

        foreach (var reason in reasons)
        {
            body.Add(new AdaptiveTextBlock("- " + reason) { Spacing = "Small" });
            lines.Add("- " + reason);
        }

        var source = responses.Get("search.resultSource", new Dictionary<string, string> { ["source"] = Citations.Describe(pathway.Sources, responses) });
        body.Add(new AdaptiveTextBlock(source) { IsSubtle = true, Size = "Small" });
        lines.Add(source);
        return new AdaptiveCard { FallbackText = string.Join("\n", lines), Body = body };
    }
}
