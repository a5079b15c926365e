namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// A country the knowledge base has legal notes for (study/countries.yml): the names users write for it, the places
/// where staff work in it (cities, regions, camps, settlements), and the ids of its legal notes. Demonyms are left
/// out on purpose: "Syrian refugees" says where people come from, not where the work happens.
/// </summary>
public sealed record Country(
    string Id,
    string Name,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> LegalNotes,
    SourceLocation Location);
