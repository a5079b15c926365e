using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Recommendations;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Knowledge.Answers;

/// <summary>
/// A country's legal notes as guidance entries, each with its as-of date and the caution to check the law locally.
/// Used for the guidance of a conversation that named the country, for answers and for the legal-notes reply.
/// </summary>
public static class CountryLegalNotes
{
    public static IReadOnlyList<GuidanceEntry> For(KnowledgeBase knowledge, Country? country)
    {
        if (country is null)
        {
            return [];
        }

        var caution = knowledge.Responses.Get(ResponseKeys.LegalCheckLocally);
        var notes = new List<GuidanceEntry>(country.LegalNotes.Count);
        foreach (var id in country.LegalNotes)
        {
            if (knowledge.TryGet(id, out var note))
            {
                notes.Add(new GuidanceEntry(note.Id, note.Kind, note.Title, note.Summary, [], note.Sources, note.AsOf, caution));
            }
        }

        return notes;
    }

    /// <summary>The latest as-of date among a country's notes (what a list of countries shows beside each).</summary>
    public static string? LatestAsOf(KnowledgeBase knowledge, Country country) =>
        country.LegalNotes
            .Select(id => knowledge.TryGet(id, out var note) ? note.AsOf : null)
            .OfType<string>()
            .Max(StringComparer.Ordinal);
}
