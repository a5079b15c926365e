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

    /// <summary>
    /// How many top pathways are shown together: reasons that hold for all of them are stated once
    /// (<see cref="Guidance.SharedReasons"/>) rather than under each.
    /// </summary>
    public const int ShownTogether = 3;

    public static Guidance Recommend(KnowledgeBase knowledge, GuidanceContext context)
    {
        var scores = Slots.Pathways.ToDictionary(id => id, _ => 0.0, StringComparer.Ordinal);
        var pathwayReasons = Slots.Pathways.ToDictionary(id => id, _ => new List<GuidanceReason>(), StringComparer.Ordinal);
        var whys = new Dictionary<string, (double Points, string Text)>(StringComparer.Ordinal);
        var excluded = new Dictionary<string, List<GuidanceReason>>(StringComparer.Ordinal);
        var sections = GuidanceSections.All.ToDictionary(section => section, _ => new SectionBuilder());
        var forms = new SectionBuilder();

        foreach (var rule in knowledge.Rules.Where(rule => rule.AppliesIn(context)))
        {
            var (text, answers) = Explain(knowledge, rule.Reason, rule, context);
            foreach (var (pathway, points) in rule.PathwayPoints)
            {
                scores[pathway] += points;
                pathwayReasons[pathway].Add(new GuidanceReason(rule.Id, text, answers, points));
            }

            // The why of the rule that weighs most for a pathway says why it fits; on a tie the later rule, which
            // rests on a more particular answer (legal environment over membership, needs and phase over both).
            foreach (var (pathway, sentence) in rule.Why)
            {
                var points = rule.PathwayPoints.GetValueOrDefault(pathway);
                if (!whys.TryGetValue(pathway, out var best) || points >= best.Points)
                {
                    whys[pathway] = (points, Explain(knowledge, sentence, rule, context).Text);
                }
            }

            foreach (var pathway in rule.Exclude)
            {
                (excluded.TryGetValue(pathway, out var list) ? list : excluded[pathway] = []).Add(new GuidanceReason(rule.Id, text, answers));
            }

            foreach (var item in rule.Forms.Select(knowledge.Get).Where(item => item.AppliesTo.AllowedIn(context)))
            {
                forms.Add(item, new GuidanceReason(rule.Id, text, answers));
            }

            foreach (var (section, ids) in rule.Items)
            {
                foreach (var item in ids.Select(knowledge.Get).Where(item => item.AppliesTo.AllowedIn(context)))
                {
                    sections[section].Add(item, new GuidanceReason(rule.Id, text, answers));
                }
            }
        }

        var order = Slots.Pathways
            .Where(id => !excluded.ContainsKey(id) && scores[id] > 0)
            .OrderByDescending(id => scores[id])
            .ThenBy(id => id, StringComparer.Ordinal)
            .ToList();
        var shared = SharedReasons(order.Take(ShownTogether).Select(id => pathwayReasons[id]).ToList());
        var ranked = order
            .Select((id, index) => Ranked(knowledge.Get(id), index + 1, scores[id], pathwayReasons[id], index < ShownTogether ? shared : [], whys.GetValueOrDefault(id).Text))
            .ToList();
        AddExamples(knowledge, context, ranked, shared, sections[GuidanceSection.Examples]);

        var caution = knowledge.Responses.Get(ResponseKeys.LegalCheckLocally);
        return new Guidance
        {
            ContentVersion = knowledge.Version,
            Context = context,
            Pathways = ranked,
            SharedReasons = shared,
            Forms = forms.Build(caution),
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

    /// <summary>
    /// The reasons that raise every one of the shown pathways (two or more), in the order of the first: said once
    /// for all of them. Points are left out, as they differ between pathways.
    /// </summary>
    private static List<GuidanceReason> SharedReasons(List<List<GuidanceReason>> shown)
    {
        if (shown.Count < 2)
        {
            return [];
        }

        return
        [
            .. shown[0]
                .Where(reason => reason.Points > 0 && shown.TrueForAll(reasons => reasons.Exists(other => other.Rule == reason.Rule && other.Points > 0)))
                .Select(reason => reason with { Points = null }),
        ];
    }

    /// <summary>Compares the guidance for two contexts: what changed and, through the rules' reasons, why.</summary>
    public static WhatIfComparison WhatIf(KnowledgeBase knowledge, GuidanceContext before, GuidanceContext after) =>
        WhatIfComparer.Compare(Recommend(knowledge, before), Recommend(knowledge, after));

    /// <summary>A sentence of the rule with each {slot} replaced by the user's answer (as worded for this context), and those answers as ids.</summary>
    private static (string Text, IReadOnlyList<SlotAnswer> Answers) Explain(KnowledgeBase knowledge, string sentence, RecommendationRule rule, GuidanceContext context)
    {
        var answers = new List<SlotAnswer>();
        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (slot, values) in rule.When.Slots)
        {
            var matched = context.Values(slot).Where(values.Contains).ToList();
            answers.AddRange(matched.Select(value => new SlotAnswer(slot, value)));
            var question = knowledge.Questions.Get(slot).In(context);
            phrases[slot] = string.Join($" {knowledge.Responses.Get(ResponseKeys.ListAnd)} ", matched.Select(value => question.Option(value)!.Answer));
        }

        return (ResponseCatalog.Fill(sentence, phrases), answers);
    }

    /// <summary>A ranked pathway with only its own reasons (those shared by the shown pathways are said once).</summary>
    private static RankedPathway Ranked(KnowledgeItem pathway, int rank, double score, List<GuidanceReason> reasons, List<GuidanceReason> shared, string? why) =>
        new(pathway.Id, rank, score, pathway.Title, pathway.Summary,
            [.. reasons.Where(reason => !shared.Exists(other => other.Rule == reason.Rule)).OrderByDescending(reason => reason.Points ?? 0)],
            pathway.Sources, why);

    /// <summary>Examples of the top pathways that suit the context, after those the rules named.</summary>
    private static void AddExamples(KnowledgeBase knowledge, GuidanceContext context, List<RankedPathway> ranked, List<GuidanceReason> shared, SectionBuilder examples)
    {
        foreach (var pathway in ranked.Take(ExamplePathways))
        {
            var answers = pathway.Reasons.Concat(pathway.Rank <= ShownTogether ? shared : []).SelectMany(reason => reason.Answers).Distinct().ToList();
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
            .Select(slot => knowledge.Questions.Get(slot.Id).In(context))
            .Where(question => !question.Hidden)
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
