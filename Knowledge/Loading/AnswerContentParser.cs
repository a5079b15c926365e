using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Validation;

namespace GuidanceBot.Knowledge.Loading;

/// <summary>
/// Reads the parts behind composed answers: <c>countries:</c> (each with names, places and legal-note ids),
/// <c>countryWords:</c> (origin words and other places), <c>questionKinds:</c> and <c>answerOnly:</c> (items written
/// to answer free questions, which no rule needs to show).
/// </summary>
public static class AnswerContentParser
{
    public static void Parse(YamlMappingReader file, ContentSet content)
    {
        foreach (var country in file.Mappings("countries", "a country", required: false))
        {
            ParseCountry(country, content);
        }

        var notAfter = new List<string>(content.CountryWords.NotAfter);
        var otherPlaces = new List<string>(content.CountryWords.OtherPlaces);
        foreach (var (name, value, location) in file.Entries("countryWords"))
        {
            var list = name switch { "notAfter" => notAfter, "otherPlaces" => otherPlaces, _ => null };
            if (list is null)
            {
                file.Error(location, $"'countryWords' has an unknown field '{name}'; known fields are: notAfter, otherPlaces.");
                continue;
            }

            list.AddRange(file.StringList(value, name).Select(entry => entry.Value));
        }

        content.CountryWords = new CountryWords(notAfter, otherPlaces);
        foreach (var kind in file.Mappings("questionKinds", "a question kind", required: false))
        {
            ParseQuestionKind(kind, content);
        }

        foreach (var (id, location) in file.StringList("answerOnly"))
        {
            content.AnswerOnly.Add((id, location));
            content.References.Add(new Reference(ReferenceTarget.Item, id, location, "'answerOnly'"));
        }
    }

    private static void ParseCountry(YamlMappingReader country, ContentSet content)
    {
        var id = country.String("id");
        country.What = id is null ? "a country" : $"country '{id}'";
        country.OnlyFields("id", "name", "names", "places", "legalNotes");
        var name = country.String("name");
        var notes = country.StringList("legalNotes", required: true);
        foreach (var (note, location) in notes)
        {
            content.References.Add(new Reference(ReferenceTarget.Item, note, location, country.What));
        }

        if (id is not null && name is not null)
        {
            content.Countries.Add(new Country(
                id,
                name,
                [.. country.StringList("names").Select(entry => entry.Value)],
                [.. country.StringList("places").Select(entry => entry.Value)],
                [.. notes.Select(entry => entry.Value)],
                country.Location));
        }
    }

    private static void ParseQuestionKind(YamlMappingReader kind, ContentSet content)
    {
        var id = kind.String("id");
        kind.What = id is null ? "a question kind" : $"question kind '{id}'";
        kind.OnlyFields("id", "cues", "prefer", "avoid", "needsCountry");
        var cues = kind.StringList("cues", required: true).Select(entry => entry.Value).ToList();
        var prefer = kind.StringList("prefer", required: true).Select(entry => entry.Value).ToList();
        var avoid = kind.StringList("avoid").Select(entry => entry.Value).ToList();
        if (id is not null)
        {
            content.QuestionKinds.Add(new QuestionKind(id, cues, prefer, avoid, kind.Boolean("needsCountry"), kind.Location));
        }
    }
}
