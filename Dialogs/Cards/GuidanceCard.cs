using System.Globalization;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Knowledge.Recommendations;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>
/// The guidance, made to read in one phone screen: the forms of organisation to start with (if any), the top
/// pathways each with the one sentence that says why it fits, the reason they share (once), the named country's
/// legal note, and the buttons. Everything else (every reason, the other and ruled-out pathways, legal notes in
/// full, pitfalls, advice, next steps and a numbered list of the sources, each once) is folded behind "Details",
/// an Action.ShowCard, so opening it costs no turn. The card is built once per answers (GuidanceMemo).
/// </summary>
public static class GuidanceCard
{
    /// <summary>The id of the button row whose Details button unfolds the rest (Action.ShowCard).</summary>
    public const string DetailsId = "guidanceDetails";

    private const int PathwaysShown = 3;
    private const int EntriesShown = 3;

    public static AdaptiveCard Build(ResponseCatalog responses, Knowledge.Recommendations.Guidance guidance)
    {
        var body = new List<AdaptiveElement>();
        var card = new CardBodyWriter(body);
        var top = guidance.Pathways.Take(PathwaysShown).ToList();
        var shared = guidance.SharedReasons.Select(reason => reason.Text).ToHashSet(StringComparer.Ordinal);

        card.Title(responses.Get("guidance.intro"));
        if (guidance.Forms.Count > 0)
        {
            card.Heading(responses.Get("guidance.forms"));
            foreach (var form in guidance.Forms)
            {
                card.Bullet($"**{form.Title}**");
            }
        }

        card.Heading(responses.Get("guidance.pathways"));
        if (guidance.Pathways.Count == 0)
        {
            card.Note(responses.Get("guidance.noPathway"));
        }
        else if (guidance.SharedReasons.Count > 0)
        {
            card.Note(guidance.SharedReasons[0].Text);
        }

        var said = new HashSet<string>(shared, StringComparer.Ordinal);
        foreach (var pathway in top)
        {
            // The rank is in markdown bold so "1. Title" is not read as a one-item list (which restarts at 1 every time).
            card.Line($"**{Rank(pathway)}.** {pathway.Title} ({pathway.Id})", separator: true, bold: true);
            if (Why(pathway, said) is { } why)
            {
                card.Line(why);
                said.Add(why);
            }
        }

        if (guidance.LegalNotes.Count > 0)
        {
            card.Line(LegalLine(responses, guidance.LegalNotes[0]), separator: true);
        }

        // Details unfold right under their button, above the buttons that ask the bot for more.
        var details = new List<AdaptiveElement>();
        body.Add(new AdaptiveActionSet
        {
            Id = DetailsId,
            Spacing = "Medium",
            Actions =
            [
                new AdaptiveShowCardAction { Title = responses.Get("guidance.details"), Card = new AdaptiveCard { Body = details } },
                CardActions.Submit(responses.Get("action.legalNotes"), CardVerbs.LegalNotes),
            ],
        });
        card.Target = details;
        WriteDetails(card, responses, guidance, top, shared);

        return new AdaptiveCard
        {
            FallbackText = string.Join("\n", card.Fallback),
            Speak = string.Join(" ", [responses.Get("guidance.intro"), .. top.Select(pathway => $"{Rank(pathway)}. {pathway.Title}.")]),
            Body = body,
            Actions = Actions(responses, guidance),
        };
    }

    /// <summary>The folded part: every reason, the rest of the guidance, and the sources numbered once.</summary>
    private static void WriteDetails(
        CardBodyWriter card, ResponseCatalog responses, Knowledge.Recommendations.Guidance guidance, List<RankedPathway> top, HashSet<string> shared)
    {
        var sources = new SourceList(responses);
        if (guidance.Forms.Count > 0)
        {
            Section(card, sources, responses.Get("guidance.forms"), guidance.Forms, guidance.Forms.Count);
        }

        if (top.Count > 0)
        {
            card.Heading(responses.Get("guidance.whyThese"));
            foreach (var reason in guidance.SharedReasons)
            {
                card.Bullet(reason.Text);
            }

            foreach (var pathway in top)
            {
                card.Line($"**{pathway.Title} ({pathway.Id})**", separator: true);
                foreach (var reason in pathway.Reasons.Where(reason => !shared.Contains(reason.Text)))
                {
                    card.Bullet(reason.Text);
                }

                Cite(card, responses, sources.Cite(pathway.Sources));
            }
        }

        if (guidance.Pathways.Count > top.Count)
        {
            card.Heading(responses.Get("guidance.morePathways"));
            foreach (var pathway in guidance.Pathways.Skip(top.Count))
            {
                card.Bullet(WithCitation($"**{pathway.Title} ({pathway.Id})**: {Why(pathway, shared) ?? pathway.Summary}", sources.Cite(pathway.Sources)));
            }
        }

        if (guidance.RuledOut.Count > 0)
        {
            card.Heading(responses.Get("guidance.ruledOut"));
            foreach (var ruledOut in guidance.RuledOut)
            {
                var reason = ruledOut.Reasons.FirstOrDefault()?.Text;
                var line = reason is null ? $"{ruledOut.Title} ({ruledOut.Id})" : $"{ruledOut.Title} ({ruledOut.Id}): {reason}";
                card.Bullet(WithCitation(line, sources.Cite(ruledOut.Sources)));
            }
        }

        if (guidance.LegalNotes.Count > 0)
        {
            card.Heading(responses.Get("guidance.legalNotes"));
            foreach (var note in guidance.LegalNotes)
            {
                var title = note.AsOf is null ? note.Title : $"{note.Title} ({responses.Get("legal.asOf", new Dictionary<string, string> { ["asOf"] = note.AsOf })})";
                card.Bullet(WithCitation($"**{title}**: {note.Summary}", sources.Cite(note.Sources)));
                card.Note(note.Caution ?? responses.Get(ResponseKeys.LegalCheckLocally));
            }
        }

        Section(card, sources, responses.Get("guidance.pitfalls"), guidance.Pitfalls, EntriesShown);
        Section(card, sources, responses.Get("guidance.advice"), guidance.Advice, EntriesShown);
        Section(card, sources, responses.Get("guidance.nextSteps"), guidance.NextSteps, EntriesShown);

        if (guidance.Sharpen.Count > 0)
        {
            var questions = string.Join("; ", guidance.Sharpen.Select(missing => missing.Question));
            card.Note(responses.Get("guidance.sharpen", new Dictionary<string, string> { ["questions"] = questions }));
        }

        if (sources.Sources.Count > 0)
        {
            card.Heading(responses.Get("guidance.sources"));
            for (var index = 0; index < sources.Sources.Count; index++)
            {
                card.Small($"[{(index + 1).ToString(CultureInfo.InvariantCulture)}] {sources.Sources[index]}");
            }
        }
    }

    private static void Section(CardBodyWriter card, SourceList sources, string heading, IReadOnlyList<GuidanceEntry> entries, int shown)
    {
        if (entries.Count == 0)
        {
            return;
        }

        card.Heading(heading);
        foreach (var entry in entries.Take(shown))
        {
            card.Bullet(WithCitation($"**{entry.Title}**: {entry.Summary}", sources.Cite(entry.Sources)));
            if (entry.Caution is not null)
            {
                card.Note(entry.Caution);
            }
        }
    }

    /// <summary>
    /// Why this pathway: the engine's sentence; else its first reason in its favour not <paramref name="said"/> already
    /// (shared by all, or the why of a pathway above), so three pathways do not show the same sentence.
    /// </summary>
    private static string? Why(RankedPathway pathway, HashSet<string> said) =>
        pathway.Why
        ?? pathway.Reasons.FirstOrDefault(reason => reason.Points is null or > 0 && !said.Contains(reason.Text))?.Text
        ?? pathway.Reasons.FirstOrDefault(reason => reason.Points is null or > 0)?.Text;

    /// <summary>"Legal note: **Turkey: ...** (as of 2024). Check the current rules locally ...": the note itself is in the details.</summary>
    private static string LegalLine(ResponseCatalog responses, GuidanceEntry note) => responses.Get(
        note.AsOf is null ? "guidance.legalLineUndated" : "guidance.legalLine",
        new Dictionary<string, string>
        {
            ["title"] = note.Title,
            ["asOf"] = note.AsOf is null ? "" : responses.Get("legal.asOf", new Dictionary<string, string> { ["asOf"] = note.AsOf }),
            ["caution"] = note.Caution ?? responses.Get(ResponseKeys.LegalCheckLocally),
        });

    private static void Cite(CardBodyWriter card, ResponseCatalog responses, string numbers)
    {
        if (numbers.Length > 0)
        {
            card.Small(responses.Get("search.resultSource", new Dictionary<string, string> { ["source"] = numbers }));
        }
    }

    private static string WithCitation(string text, string numbers) => numbers.Length == 0 ? text : $"{text} {numbers}";

    private static string Rank(RankedPathway pathway) => pathway.Rank.ToString(CultureInfo.InvariantCulture);

    private static List<AdaptiveAction> Actions(ResponseCatalog responses, Knowledge.Recommendations.Guidance guidance)
    {
        var actions = new List<AdaptiveAction>();
        if (guidance.Pathways.Count > 0)
        {
            actions.Add(CardActions.Submit(responses.Get("action.why"), CardVerbs.Why, (CardVerbs.PathwayField, guidance.Pathways[0].Id)));
        }

        actions.Add(CardActions.Submit(responses.Get("action.whatIf"), CardVerbs.WhatIf));
        actions.Add(CardActions.Submit(responses.Get("action.examples"), CardVerbs.Examples));
        actions.Add(CardActions.Submit(responses.Get("action.ask"), CardVerbs.Ask));
        actions.Add(CardActions.Submit(responses.Get("action.startOver"), CardVerbs.StartOver));
        return actions;
    }
}
