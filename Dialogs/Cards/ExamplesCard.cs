using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Knowledge.Recommendations;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>Examples for the user's context; each says where it comes from, and whether that is the study itself.</summary>
public static class ExamplesCard
{
    public static AdaptiveCard Build(ResponseCatalog responses, IReadOnlyList<GuidanceEntry> examples)
    {
        var title = responses.Get("examples.title");
        var body = new List<AdaptiveElement> { new AdaptiveTextBlock(title) { Weight = "Bolder", Style = "heading" } };
        var lines = new List<string> { title };
        if (examples.Count == 0)
        {
            body.Add(new AdaptiveTextBlock(responses.Get("examples.none")));
            lines.Add(responses.Get("examples.none"));
        }

        foreach (var example in examples)
        {
            var source = responses.Get("search.resultSource", new Dictionary<string, string> { ["source"] = Citations.Describe(example.Sources, responses) });
            body.Add(new AdaptiveContainer
            {
                Separator = true,
                Items =
                [
                    new AdaptiveTextBlock(example.Title) { Weight = "Bolder" },
                    new AdaptiveTextBlock(example.Summary),
                    new AdaptiveTextBlock(source) { IsSubtle = true, Size = "Small" },
                ],
            });
            lines.Add($"- {example.Title}: {example.Summary} ({source})");
        }

        return new AdaptiveCard { FallbackText = string.Join("\n", lines), Body = body };
    }
}
