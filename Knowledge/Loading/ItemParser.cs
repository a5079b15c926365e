using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Validation;

namespace GuidanceBot.Knowledge.Loading;

/// <summary>Reads one entry of an <c>items:</c> list into a <see cref="KnowledgeItem"/>.</summary>
public static class ItemParser
{
    private static readonly string[] Fields =
        ["id", "kind", "title", "summary", "details", "tags", "sources", "appliesTo", "basedOn", "pathways", "year", "asOf"];

    public static void Parse(YamlMappingReader reader, ContentSet content)
    {
        var id = reader.String("id");
        reader.What = id is null ? "an item" : $"item '{id}'";
        reader.OnlyFields(Fields);
        var kind = reader.String("kind");
        if (kind is not null && !ItemKinds.All.Contains(kind))
        {
            var hint = Spelling.Closest(kind, ItemKinds.All);
            reader.Error(reader.At(reader.Node("kind")!), $"{reader.What} has an unknown kind '{kind}'" + (hint is null ? $"; use one of: {string.Join(", ", ItemKinds.All)}." : $"; did you mean '{hint}'?"));
            kind = null;
        }

        var title = reader.String("title");
        var summary = reader.String("summary");
        var details = reader.String("details");
        var tags = reader.StringList("tags", required: true);
        var appliesTo = ApplicabilityParser.Parse(reader, "appliesTo", content);
        var basedOn = reader.StringList("basedOn");
        var pathways = reader.StringList("pathways");
        var sources = reader.Mappings("sources", "a source", required: false).ToList();
        if (reader.Node("sources") is null)
        {
            reader.Error(reader.Location, $"{reader.What} has no sources; every item must say where it comes from (see README.md, \"Sources\").");
        }
        else if (sources.Count == 0 && reader.Node("sources") is YamlDotNet.RepresentationModel.YamlSequenceNode)
        {
            reader.Error(reader.At(reader.Node("sources")!), $"{reader.What} has an empty list of sources.");
        }

        if (id is null || kind is null || title is null || summary is null || details is null)
        {
            return;
        }

        var item = new KnowledgeItem
        {
            Id = id,
            Kind = kind,
            Title = title,
            Summary = summary,
            Details = details,
            Tags = [.. tags.Select(tag => tag.Value)],
            AppliesTo = appliesTo,
            BasedOn = [.. basedOn.Select(entry => entry.Value)],
            Pathways = [.. pathways.Select(entry => entry.Value)],
            Year = reader.Integer("year"),
            AsOf = reader.String("asOf", required: false),
            Location = reader.Location,
        };
        content.Items.Add(item);
        foreach (var (value, location) in basedOn)
        {
            content.References.Add(new Reference(ReferenceTarget.Item, value, location, $"{reader.What} (basedOn)"));
        }

        foreach (var (value, location) in pathways)
        {
            content.References.Add(new Reference(ReferenceTarget.Pathway, value, location, $"{reader.What} (pathways)"));
        }

        foreach (var source in sources)
        {
            source.What = $"a source of {reader.What}";
            source.OnlyFields("doc", "section", "url", "evidence");
            content.RawCitations.Add((item, new RawCitation(
                source.String("doc", required: false),
                source.String("section", required: false),
                source.String("url", required: false),
                source.String("evidence", required: false),
                source.Location)));
        }
    }
}
