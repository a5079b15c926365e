using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Knowledge.Recommendations;

/// <summary>
/// Context → guidance, by the rules in recommendations.yml. Pure and deterministic: no I/O, no clock, no randomness;
/// ties keep the study's order (pathways) or the order rules are written (items).
/// </summary>
public static class RecommendationEngine
{
    /// <summary>How many top pathways the automatic examples illustrate, and how many examples at most.</summary>
    private const int ExamplePathways = 3;
    private const int MaxExamples = 5;

    public static Guidance Recommend(KnowledgeBase knowledge, GuidanceContext context)
    {
        var scores = Slots.Pathways.ToDictionary(id => id, _ => 0.0, StringComparer.Ordinal);
        var pathwayReasons = Slots.Pathways.ToDictionary(id => id, _ => new List<GuidanceReason>(), StringComparer.Ordinal);
        var excluded = new Dictionary<string, List<GuidanceReason>>(StringComparer.Ordinal);
        var sections = GuidanceSections.All.ToDictionary(section => section, _ => new SectionBuilder());

        foreach (var rule in knowledge.Rules.Where(rule => rule.When.HoldsIn(context)))
        {
            var (text, answers) = Explain(knowledge, rule, context);
            foreach (var (pathway, points) in rule.PathwayPoints)
            {
                scores[pathway] += points;
                pathwayReasons[pathway].Add(new GuidanceReason(rule.Id, text, answers, points));
            }

            foreach (var pathway in rule.Exclude)
            {
                (excluded.TryGetValue(pathway, out var list) ? list : excluded[pathway] = []).Add(new GuidanceReason(rule.Id, text, answers));
            }

            foreach (var (section, ids) in rule.Items)
            {
                foreach (var item in ids.Select(knowledge.Get).Where(item => item.AppliesTo.AllowedIn(context)))
                {
                    sections[section].Add(item, new GuidanceReason(rule.Id, text, answers));
                }
            }
        }

        var ranked = Slots.Pathways
            .Where(id => !excluded.ContainsKey(id) && scores[id] > 0)
            .OrderByDescending(id => scores[id])
            .ThenBy(id => id, StringComparer.Ordinal)
            .Select((id, index) => Ranked(knowledge.Get(id), index + 1, scores[id], pathwayReasons[id]))
            .ToList();
        AddExamples(knowledge, context, ranked, sections[GuidanceSection.Examples]);

        var caution = knowledge.Responses.Get(ResponseKeys.LegalCheckLocally);
        return new Guidance
        {
            ContentVersion = knowledge.Version,
            Context = context,
            Pathways = ranked,
            RuledOut = [.. Slots.Pathways.Where(excluded.ContainsKey).Select(id => new RuledOutPathway(id, knowledge.Get(id).Title, excluded[id], knowledge.Get(id).Sources))],
            Roles = sections[GuidanceSection.Roles].Build(caution),
            Insights = sections[GuidanceSection.Insights].Build(caution),
            Pitfalls = sections[GuidanceSection.Pitfalls].Build(caution),
            Advice = sections[GuidanceSection.Advice].Build(caution),
            Examples = sections[GuidanceSection.Examples].Build(caution, keepOrder: true).Take(MaxExamples).ToList(),
            NextSteps = sections[GuidanceSection.NextSteps].Build(caution),
            Sharpen = Missing(knowledge, context),
        };
    }

    /// <summary>Compares the guidance for two contexts: what changed and, through the rules' reasons, why.</summary>
    public static WhatIfComparison WhatIf(KnowledgeBase knowledge, GuidanceContext before, GuidanceContext after) =>
        WhatIfComparer.Compare(Recommend(knowledge, before), Recommend(knowledge, after));

    /// <summary>The rule's reason with each {slot} replaced by the user's answer, and those answers as ids.</summary>
    private static (string Text, IReadOnlyList<SlotAnswer> Answers) Explain(KnowledgeBase knowledge, RecommendationRule rule, GuidanceContext context)
    {
        var answers = new List<SlotAnswer>();
        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (slot, values) in rule.When.Slots)
        {
            var matched = context.Values(slot).Where(values.Contains).ToList();
            answers.AddRange(matched.Select(value => new SlotAnswer(slot, value)));
            phrases[slot] = string.Join(" and ", matched.Select(value => knowledge.Questions.Option(slot, value).Answer));
        }

        return (ResponseCatalog.Fill(rule.Reason, phrases), answers);
    }

    private static RankedPathway Ranked(KnowledgeItem pathway, int rank, double score, List<GuidanceReason> reasons) =>
        new(pathway.Id, rank, score, pathway.Title, pathway.Summary,
            [.. reasons.OrderByDescending(reason => reason.Points ?? 0)], pathway.Sources);

    /// <summary>Examples of the top pathways that suit the context, after those the rules named.</summary>
    private static void AddExamples(KnowledgeBase knowledge, GuidanceContext context, List<RankedPathway> ranked, SectionBuilder examples)
    {
        foreach (var pathway in ranked.Take(ExamplePathways))
        {
            var answers = pathway.Reasons.SelectMany(reason => reason.Answers).Distinct().ToList();
            var text = knowledge.Responses.Get(ResponseKeys.ExampleReason, new Dictionary<string, string> { ["pathway"] = pathway.Id });
            foreach (var example in knowledge.OfKind(ItemKinds.Example).Where(example => example.Pathways.Contains(pathway.Id) && example.AppliesTo.AllowedIn(context)))
            {
                examples.Add(example, new GuidanceReason($"example-of-{pathway.Id}", text, answers));
            }
        }
    }

    private static List<MissingAnswer> Missing(KnowledgeBase knowledge, GuidanceContext context) =>
    [
        .. Slots.All
            .Where(slot => !context.IsAnswered(slot.Id))
            .Select(slot => knowledge.Questions.Get(slot.Id))
            .Select(question => new MissingAnswer(question.Slot, question.Prompt, question.Sharpens, Slots.Find(question.Slot)!.Optional)),
    ];

    /// <summary>Collects the items of one part of the answer, each once, with every reason that put it there.</summary>
    private sealed class SectionBuilder
    {
        private readonly List<(KnowledgeItem Item, List<GuidanceReason> Reasons)> _entries = [];

        public void Add(KnowledgeItem item, GuidanceReason reason)
        {
            var index = _entries.FindIndex(entry => entry.Item.Id == item.Id);
            if (index < 0)
            {
                _entries.Add((item, [reason]));
            }
            else if (_entries[index].Reasons.TrueForAll(existing => existing.Rule != reason.Rule))
            {
                _entries[index].Reasons.Add(reason);
            }
        }

        /// <summary>Items backed by more of the user's answers first; otherwise in the order the rules name them.</summary>
        public List<GuidanceEntry> Build(string legalCaution, bool keepOrder = false)
        {
            var ordered = keepOrder
                ? _entries
                : [.. _entries.Select((entry, index) => (entry, index))
                    .OrderByDescending(pair => pair.entry.Reasons.Sum(reason => reason.Answers.Count))
                    .ThenBy(pair => pair.index)
                    .Select(pair => pair.entry)];
            return
            [
                .. ordered.Select(entry => new GuidanceEntry(
                    entry.Item.Id, entry.Item.Kind, entry.Item.Title, entry.Item.Summary, entry.Reasons, entry.Item.Sources,
                    entry.Item.AsOf, entry.Item.Kind == ItemKinds.LegalNote ? legalCaution : null)),
            ];
        }
    }
}
