namespace GuidanceBot.Knowledge.Search;

/// <summary>The answer to a search: the locale actually used for analysis and the best hits first.</summary>
public sealed record SearchResults(string Query, string Locale, IReadOnlyList<SearchHit> Hits);
