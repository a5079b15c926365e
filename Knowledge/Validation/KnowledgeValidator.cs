using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Knowledge.Validation;

/// <summary>
/// Cross-checks the merged content (after each file's own shape was checked while reading): ids are unique and
/// exist, sources are complete and honest about evidence, questions cover the context contract, rules name known
/// things, and nothing that only rules can show is left unused. Also resolves each item's sources.
/// </summary>
public static class KnowledgeValidator
{
    private static readonly SourceLocation Folder = new("(content folder)", 1);

    /// <summary>Returns the items with their sources resolved (in file order); problems go to <paramref name="report"/>.</summary>
    public static IReadOnlyList<KnowledgeItem> Validate(ContentSet content, ValidationReport report)
    {
        var items = UniqueItems(content, report);
        var documents = UniqueDocuments(content, report);
        CheckPathways(items, report);
        var resolved = CitationResolver.ResolveSources(content, items, documents, report);
        CheckKindRules(resolved, report);
        ProvenanceChecks.Check(resolved, report);
        CheckReferences(content, items, report);
        CheckQuestions(content, report);
        CheckRules(content, items, report);
        CheckResponses(content, report);
        InterpretationChecks.Check(content, report);
        AnswerContentChecks.Check(content, items, report);
        CheckUnused(content, resolved, documents, report);
        return resolved;
    }

    private static Dictionary<string, KnowledgeItem> UniqueItems(ContentSet content, ValidationReport report)
    {
        var items = new Dictionary<string, KnowledgeItem>(StringComparer.Ordinal);
        foreach (var item in content.Items)
        {
            if (!items.TryAdd(item.Id, item))
            {
                report.Error(item.Location, $"the id '{item.Id}' is used twice; it is already used at {items[item.Id].Location}.");
            }
        }

        return items;
    }

    private static Dictionary<string, SourceDocument> UniqueDocuments(ContentSet content, ValidationReport report)
    {
        var documents = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        foreach (var document in content.Documents)
        {
            if (!documents.TryAdd(document.Id, document))
            {
                report.Error(document.Location, $"the document id '{document.Id}' is used twice; it is already used at {documents[document.Id].Location}.");
            }

            if (!EvidenceTags.All.Contains(document.Evidence))
            {
                report.Error(document.Location, $"document '{document.Id}' has an unknown evidence tag '{document.Evidence}'; use one of: {string.Join(", ", EvidenceTags.All)}.");
            }
        }

        return documents;
    }

    private static void CheckPathways(Dictionary<string, KnowledgeItem> items, ValidationReport report)
    {
        foreach (var item in items.Values.Where(item => item.Kind == ItemKinds.Pathway && !Slots.Pathways.Contains(item.Id)))
        {
            report.Error(item.Location, $"a pathway's id must be one of {string.Join(", ", Slots.Pathways)} (the study's seven pathways), not '{item.Id}'.");
        }

        foreach (var pathway in Slots.Pathways.Where(id => !items.TryGetValue(id, out var item) || item.Kind != ItemKinds.Pathway))
        {
            report.Error(Folder, $"pathway {pathway} is missing: add an item with id {pathway} and kind pathway.");
        }
    }

    private static void CheckKindRules(List<KnowledgeItem> items, ValidationReport report)
    {
        foreach (var item in items)
        {
            if (item.Kind == ItemKinds.Example && item.Sources.Any(source => source.Evidence is EvidenceTags.Report or EvidenceTags.Slides))
            {
                report.Error(item.Location, $"example '{item.Id}' cites the study (R or S) as its source, but the study's own case studies were not recovered; tag it D, X or AUTH with its url.");
            }

            if (item.Kind == ItemKinds.LegalNote && item.AsOf is null)
            {
                report.Error(item.Location, $"legal note '{item.Id}' needs \"asOf:\", the date the note describes, because laws change.");
            }

            if (item.Kind == ItemKinds.Figure && item.Year is null)
            {
                report.Error(item.Location, $"figure '{item.Id}' needs \"year:\", the year the figure refers to.");
            }

            if (item.Kind == ItemKinds.Example && item.Pathways.Count == 0)
            {
                report.Error(item.Location, $"example '{item.Id}' should list the pathways it illustrates (pathways: [P1]).");
            }
        }
    }

    private static void CheckReferences(ContentSet content, Dictionary<string, KnowledgeItem> items, ValidationReport report)
    {
        foreach (var reference in content.References)
        {
            if (reference.Target == ReferenceTarget.Pathway)
            {
                if (!Slots.Pathways.Contains(reference.Id))
                {
                    report.Error(reference.Location, $"{reference.From} names an unknown pathway '{reference.Id}'; pathways are {string.Join(", ", Slots.Pathways)}.");
                }

                continue;
            }

            if (!items.TryGetValue(reference.Id, out var item))
            {
                var hint = Spelling.Closest(reference.Id, items.Keys);
                report.Error(reference.Location, $"{reference.From} names an unknown item '{reference.Id}'" + (hint is null ? "." : $"; did you mean '{hint}'?"));
                continue;
            }

            if (reference.Section is { } section && !GuidanceSections.Kinds(section).Contains(item.Kind))
            {
                report.Error(reference.Location, $"{reference.From} names '{reference.Id}', a {item.Kind}, but '{GuidanceSections.Key(section)}' takes only: {string.Join(", ", GuidanceSections.Kinds(section))}.");
            }
        }
    }

    private static void CheckQuestions(ContentSet content, ValidationReport report)
    {
        var seen = new Dictionary<string, Question>(StringComparer.Ordinal);
        foreach (var question in content.Questions)
        {
            if (!seen.TryAdd(question.Slot, question))
            {
                report.Error(question.Location, $"there are two questions for slot '{question.Slot}'; the other is at {seen[question.Slot].Location}.");
                continue;
            }

            var definition = Slots.Find(question.Slot)!;
            foreach (var duplicate in question.Options.GroupBy(option => option.Value).Where(group => group.Count() > 1))
            {
                report.Error(question.Location, $"the question for '{question.Slot}' lists option '{duplicate.Key}' twice.");
            }

            foreach (var missing in definition.Values.Where(value => question.Options.All(option => option.Value != value)))
            {
                report.Error(question.Location, $"the question for '{question.Slot}' has no option for the value '{missing}'.");
            }

            var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var option in question.Options)
            {
                foreach (var word in option.Synonyms.Append(option.Label).Append(option.Value))
                {
                    if (owners.TryGetValue(word, out var owner) && owner != option.Value)
                    {
                        report.Error(question.Location, $"in the question for '{question.Slot}', \"{word}\" would mean both '{owner}' and '{option.Value}'; keep it for one option only.");
                    }

                    owners.TryAdd(word, option.Value);
                }
            }
        }

        foreach (var slot in Slots.All.Where(slot => !seen.ContainsKey(slot.Id)))
        {
            report.Error(Folder, $"there is no question for slot '{slot.Id}'; add one under questions: in guidance/questions.yml.");
        }
    }

    private static void CheckRules(ContentSet content, Dictionary<string, KnowledgeItem> items, ValidationReport report)
    {
        var seen = new Dictionary<string, RecommendationRule>(StringComparer.Ordinal);
        foreach (var rule in content.Rules)
        {
            if (!seen.TryAdd(rule.Id, rule))
            {
                report.Error(rule.Location, $"the rule id '{rule.Id}' is used twice; it is already used at {seen[rule.Id].Location}.");
            }

            foreach (var itemId in rule.Items.Values.SelectMany(ids => ids))
            {
                if (items.TryGetValue(itemId, out var item) && NeverTogether(rule.When, item.AppliesTo) is { } slot)
                {
                    report.Warning(rule.Location, $"rule '{rule.Id}' shows '{itemId}', but that item applies only when '{slot}' is {string.Join(" or ", item.AppliesTo.Slots[slot])}, which this rule excludes; it will never be shown.");
                }
            }
        }
    }

    private static string? NeverTogether(Applicability when, Applicability appliesTo) =>
        when.Slots.Keys.FirstOrDefault(slot => appliesTo.Slots.TryGetValue(slot, out var allowed) && !when.Slots[slot].Any(allowed.Contains));

    private static void CheckResponses(ContentSet content, ValidationReport report)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (key, _, location) in content.Responses)
        {
            if (!seen.TryAdd(key, location))
            {
                report.Error(location, $"the response key '{key}' is defined twice; it is already defined at {seen[key]}.");
            }
        }

        var where = content.Responses.Count > 0 ? new SourceLocation(content.Responses[0].Location.File, 1) : Folder;
        foreach (var key in ResponseKeys.Required.Where(key => !seen.ContainsKey(key)))
        {
            report.Error(where, $"the response '{key}' is missing; the bot needs it.");
        }

        var commands = content.Commands.Select(command => command.Command).ToHashSet(StringComparer.Ordinal);
        foreach (var command in ResponseKeys.RequiredCommands.Where(command => !commands.Contains(command)))
        {
            report.Error(where, $"the trigger words for the command '{command}' are missing under commands:.");
        }
    }

    private static void CheckUnused(ContentSet content, List<KnowledgeItem> items, Dictionary<string, SourceDocument> documents, ValidationReport report)
    {
        var named = content.Rules.SelectMany(rule => rule.Items.Values.SelectMany(ids => ids).Concat(rule.Forms)).ToHashSet(StringComparer.Ordinal);
        named.UnionWith(content.AnswerOnly.Select(entry => entry.Id));
        foreach (var item in items.Where(item => ItemKinds.ShownOnlyByRules.Contains(item.Kind) && !named.Contains(item.Id)))
        {
            report.Warning(item.Location, $"{item.Kind} '{item.Id}' is never used: no rule in recommendations.yml shows it.");
        }

        var cited = content.RawCitations.Select(entry => entry.Citation.Document).ToHashSet(StringComparer.Ordinal);
        foreach (var document in documents.Values.Where(document => !cited.Contains(document.Id)))
        {
            report.Warning(document.Location, $"document '{document.Id}' is never cited by any item.");
        }
    }
}
