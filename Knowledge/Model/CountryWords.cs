namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// How a named country is told apart from an origin: words that make the following name a place people came from
/// ("from Sudan", "fled Syria"), and other places whose names contain a country's name ("South Sudan").
/// </summary>
public sealed record CountryWords(IReadOnlyList<string> NotAfter, IReadOnlyList<string> OtherPlaces)
{
    public static readonly CountryWords None = new([], []);
}
