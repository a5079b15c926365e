using GuidanceBot.Knowledge.Context;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Validation;

namespace GuidanceBot.Knowledge.Loading;

/// <summary>Reads one entry of a <c>rules:</c> list (recommendations.yml).</summary>
public static class RuleParser
{
    public static void Parse(YamlMappingReader reader, ContentSet content)
    {
        var id = reader.String("id");
        reader.What = id is null ? "a rule" : $"rule '{id}'";
        reader.OnlyFields(["id", "when", "unless", "reason", "why", "pathways", "exclude", "forms", .. GuidanceSections.All.Select(GuidanceSections.Key)]);
        var when = ApplicabilityParser.Parse(reader, "when", content);
        var unless = reader.Node("unless") is null ? null : ApplicabilityParser.Parse(reader, "unless", content);
        var reason = reader.String("reason");
        var points = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (pathway, node, location) in reader.Entries("pathways"))
        {
            content.References.Add(new Reference(ReferenceTarget.Pathway, pathway, location, $"{reader.What} (pathways)"));
            if (node is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } text } && double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                points[pathway] = value;
            }
            else
            {
                reader.Error(location, $"{reader.What}: the points for pathway '{pathway}' should be a number such as 2 or -1.");
            }
        }

        var why = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (pathway, node, location) in reader.Entries("why"))
        {
            content.References.Add(new Reference(ReferenceTarget.Pathway, pathway, location, $"{reader.What} (why)"));
            if (node is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { Length: > 0 } sentence })
            {
                CheckMentions(reader, location, when, sentence, $"the why of {pathway}");
                why[pathway] = sentence;
            }
            else
            {
                reader.Error(location, $"{reader.What}: the why of pathway '{pathway}' should be one sentence.");
            }
        }

        var forms = reader.StringList("forms");
        foreach (var (itemId, location) in forms)
        {
            content.References.Add(new Reference(ReferenceTarget.Item, itemId, location, $"{reader.What} (forms)"));
        }

        var exclude = reader.StringList("exclude");
        foreach (var (pathway, location) in exclude)
        {
            content.References.Add(new Reference(ReferenceTarget.Pathway, pathway, location, $"{reader.What} (exclude)"));
        }

        var items = new Dictionary<GuidanceSection, IReadOnlyList<string>>();
        foreach (var section in GuidanceSections.All)
        {
            var ids = reader.StringList(GuidanceSections.Key(section));
            foreach (var (itemId, location) in ids)
            {
                content.References.Add(new Reference(ReferenceTarget.Item, itemId, location, $"{reader.What} ({GuidanceSections.Key(section)})", section));
            }

            if (ids.Count > 0)
            {
                items[section] = [.. ids.Select(entry => entry.Value)];
            }
        }

        if (id is null || reason is null)
        {
            return;
        }

        CheckReasonMentionsAnswers(reader, when, reason);
        content.Rules.Add(new RecommendationRule
        {
            Id = id,
            When = when,
            Unless = unless,
            Reason = reason,
            PathwayPoints = points,
            Why = why,
            Exclude = [.. exclude.Select(entry => entry.Value)],
            Forms = [.. forms.Select(entry => entry.Value)],
            Items = items,
            Location = reader.Location,
        });
    }

    /// <summary>Reasons must name the answers they depend on, and only those, so the bot can explain itself.</summary>
    private static void CheckReasonMentionsAnswers(YamlMappingReader reader, Applicability when, string reason)
    {
        var at = reader.At(reader.Node("reason")!);
        foreach (var slot in when.Slots.Keys.Where(slot => !reason.Contains("{" + slot + "}", StringComparison.Ordinal)))
        {
            reader.Error(at, $"{reader.What}: the reason should mention the answer it depends on; add {{{slot}}} where the user's answer belongs.");
        }

        CheckMentions(reader, at, when, reason, "the reason");
    }

    /// <summary>A sentence may only mention answers the rule depends on: others may be unanswered.</summary>
    private static void CheckMentions(YamlMappingReader reader, SourceLocation at, Applicability when, string sentence, string what)
    {
        foreach (var slot in Slots.All.Select(s => s.Id).Where(slot => sentence.Contains("{" + slot + "}", StringComparison.Ordinal) && !when.Slots.ContainsKey(slot)))
        {
            reader.Error(at, $"{reader.What}: {what} mentions {{{slot}}}, but the rule does not depend on '{slot}' (add it under \"when\" or remove it).");
        }
    }
}
