using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Knowledge.Validation;

/// <summary>
/// Cross-checks the content behind composed answers: country ids are unique, every country points only at legal
/// notes, no place belongs to two countries, question kinds prefer known item kinds, and the sentences the answers
/// need exist. (That the named legal notes exist is checked with every other reference.)
/// </summary>
public static class AnswerContentChecks
{
    public static void Check(ContentSet content, Dictionary<string, KnowledgeItem> items, ValidationReport report)
    {
        var ids = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        var places = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in content.Countries)
        {
            if (!ids.TryAdd(country.Id, country))
            {
                report.Error(country.Location, $"the country id '{country.Id}' is used twice; it is already used at {ids[country.Id].Location}.");
            }

            foreach (var note in country.LegalNotes.Where(note => items.TryGetValue(note, out var item) && item.Kind != ItemKinds.LegalNote))
            {
                report.Error(country.Location, $"country '{country.Id}' lists '{note}' under legalNotes, but it is a {items[note].Kind}, not a legal-note.");
            }

            foreach (var place in country.Names.Append(country.Name).Concat(country.Places).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (places.TryGetValue(place, out var other) && other.Id != country.Id)
                {
                    report.Error(country.Location, $"'{place}' is named for both country '{other.Id}' and country '{country.Id}'; a place may belong to one country only.");
                }

                places.TryAdd(place, country);
            }
        }

        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in content.QuestionKinds)
        {
            if (!kinds.Add(kind.Id))
            {
                report.Error(kind.Location, $"the question kind '{kind.Id}' is defined twice.");
            }

            foreach (var unknown in kind.Prefer.Concat(kind.Avoid).Where(itemKind => !ItemKinds.All.Contains(itemKind)))
            {
                report.Error(kind.Location, $"question kind '{kind.Id}' names an unknown item kind '{unknown}'; kinds are: {string.Join(", ", ItemKinds.All)}.");
            }
        }

        if (content.Countries.Count > 0 || content.QuestionKinds.Count > 0)
        {
            var defined = content.Responses.Select(response => response.Key).ToHashSet(StringComparer.Ordinal);
            var where = content.Responses.Count > 0 ? new SourceLocation(content.Responses[0].Location.File, 1) : new SourceLocation("(content folder)", 1);
            foreach (var key in AnswerResponseKeys.Required.Where(key => !defined.Contains(key)))
            {
                report.Error(where, $"the response '{key}' is missing; composed answers and legal notes need it.");
            }
        }
    }
}
