using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Answers;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Dialogs.Cards;

/// <summary>
/// The reply to "legal notes" (the guidance card's button or the typed command): the named country's notes, each
/// with its as-of date, source and the caution to check locally; or, when no country was named, the countries with
/// notes and their dates, and how to ask about one.
/// </summary>
public static class LegalNotesText
{
    public static string Build(KnowledgeBase knowledge, Country? country)
    {
        var responses = knowledge.Responses;
        var notes = CountryLegalNotes.For(knowledge, country);
        if (country is null || notes.Count == 0)
        {
            var countries = knowledge.Countries.Countries.Select(listed => responses.Get(AnswerResponseKeys.LegalNotesCountryLine, new Dictionary<string, string>
            {
                ["country"] = listed.Name,
                ["asOf"] = CountryLegalNotes.LatestAsOf(knowledge, listed) ?? "",
            }));
            return responses.Get(AnswerResponseKeys.LegalNotesCountries, new Dictionary<string, string> { ["countries"] = string.Join(", ", countries) });
        }

        var parts = new List<string> { responses.Get(AnswerResponseKeys.LegalNotesIntro, new Dictionary<string, string> { ["country"] = country.Name }) };
        foreach (var note in notes)
        {
            var asOf = note.AsOf is null ? "" : " (" + responses.Get("legal.asOf", new Dictionary<string, string> { ["asOf"] = note.AsOf }) + ")";
            parts.Add($"**{note.Title}**{asOf}: {note.Summary}");
            parts.Add("_" + responses.Get("search.resultSource", new Dictionary<string, string> { ["source"] = Citations.Describe(note.Sources, responses) }) + "_");
        }

        parts.Add(notes[0].Caution ?? "");
        return string.Join("\n\n", parts);
    }
}
