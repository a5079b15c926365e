using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Knowledge.Recommendations;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>
/// The guidance: ranked pathways with their reasons and sources, then what is ruled out, pitfalls, advice
/// for the user's role and next steps, and the follow-up buttons. Kept to the top items of each part so
/// the card stays small (well under Teams' limits) and readable on a phone.
/// </summary>
public static class GuidanceCard
{
    private const int PathwaysShown = 3;
    private const int EntriesShown = 3;

    public static AdaptiveCard Build(ResponseCatalog responses, Knowledge.Recommendations.Guidance guidance)
    {
        var body = new List<AdaptiveElement>
        {
            new AdaptiveTextBlock(responses.Get("guidance.intro")) { Weight = "Bolder", Size = "Medium", Style = "heading" },
        };
        var fallback = new List<string> { responses.Get("guidance.intro") };

        Heading(body, fallback, responses.Get("guidance.pathways"));
        if (guidance.Pathways.Count == 0)
        {
            Paragraph(body, fallback, responses.Get("guidance.noPathway"));
        }

        foreach (var pathway in guidance.Pathways.Take(PathwaysShown))
        {
            // The rank is bold so "1. Title" is not read as a one-item markdown list (which restarts at 1 every time).
            var rank = pathway.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture);
            body.Add(new AdaptiveTextBlock($"**{rank}.** {pathway.Title} ({pathway.Id})") { Separator = true });
            fallback.Add($"{rank}. {pathway.Title} ({pathway.Id})");
            foreach (var reason in pathway.Reasons.Where(reason => reason.Points is null or > 0).Take(2))
            {
                Bullet(body, fallback, reason.Text);
            }

            Source(body, fallback, responses, Citations.Describe(pathway.Sources, responses));
        }

        if (guidance.RuledOut.Count > 0)
        {
            Heading(body, fallback, responses.Get("guidance.ruledOut"));
            foreach (var ruledOut in guidance.RuledOut)
            {
                Bullet(body, fallback, $"{ruledOut.Title} ({ruledOut.Id}): {ruledOut.Reasons.FirstOrDefault()?.Text}");
            }
        }

        Section(body, fallback, responses, responses.Get("guidance.pitfalls"), guidance.Pitfalls);
        Section(body, fallback, responses, responses.Get("guidance.advice"), guidance.Advice);
        Section(body, fallback, responses, responses.Get("guidance.nextSteps"), guidance.NextSteps);

        if (guidance.Sharpen.Count > 0)
        {
            var questions = string.Join("; ", guidance.Sharpen.Select(missing => missing.Question));
            Paragraph(body, fallback, responses.Get("guidance.sharpen", new Dictionary<string, string> { ["questions"] = questions }));
        }

        var actions = new List<AdaptiveAction>();
        if (guidance.Pathways.Count > 0)
        {
            actions.Add(CardActions.Submit(responses.Get("action.why"), CardVerbs.Why, (CardVerbs.PathwayField, guidance.Pathways[0].Id)));
        }

        actions.Add(CardActions.Submit(responses.Get("action.whatIf"), CardVerbs.WhatIf));
        actions.Add(CardActions.Submit(responses.Get("action.examples"), CardVerbs.Examples));
        actions.Add(CardActions.Submit(responses.Get("action.ask"), CardVerbs.Ask));
        actions.Add(CardActions.Submit(responses.Get("action.startOver"), CardVerbs.StartOver));
        return new AdaptiveCard
        {
            FallbackText = string.Join("\n", fallback),
            Speak = responses.Get("guidance.intro"),
            Body = body,
            Actions = actions,
        };
    }

    private static void Section(List<AdaptiveElement> body, List<string> fallback, ResponseCatalog responses, string heading, IReadOnlyList<GuidanceEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        Heading(body, fallback, heading);
        foreach (var entry in entries.Take(EntriesShown))
        {
            Bullet(body, fallback, $"**{entry.Title}**: {entry.Summary}");
            if (entry.Caution is not null)
            {
                Paragraph(body, fallback, entry.Caution);
            }
        }
    }

    private static void Heading(List<AdaptiveElement> body, List<string> fallback, string text)
    {
        body.Add(new AdaptiveTextBlock(text) { Weight = "Bolder", Color = "Accent", Spacing = "Medium", Style = "heading" });
        fallback.Add("");
        fallback.Add(text);
    }

    private static void Bullet(List<AdaptiveElement> body, List<string> fallback, string text)
    {
        body.Add(new AdaptiveTextBlock("- " + text) { Spacing = "Small" });
        fallback.Add("- " + text);
    }

    private static void Paragraph(List<AdaptiveElement> body, List<string> fallback, string text)
    {
        body.Add(new AdaptiveTextBlock(text) { IsSubtle = true });
        fallback.Add(text);
    }

    private static void Source(List<AdaptiveElement> body, List<string> fallback, ResponseCatalog responses, string sources)
    {
        if (sources.Length == 0)
        {
            return;
        }

        var text = responses.Get("search.resultSource", new Dictionary<string, string> { ["source"] = sources });
        body.Add(new AdaptiveTextBlock(text) { IsSubtle = true, Size = "Small", Spacing = "Small" });
        fallback.Add(text);
    }
}
