namespace GuidanceBot.Knowledge.Search;

/// <summary>The languages search can analyse, by locale; an unsupported locale falls back to English.</summary>
public static class SearchLanguages
{
    public static readonly ISearchLanguage Default = new EnglishSearchLanguage();

    private static readonly Dictionary<string, ISearchLanguage> ByCode = new ISearchLanguage[]
    {
        Default,
        new FrenchSearchLanguage(),
        new SpanishSearchLanguage(),
        new ArabicSearchLanguage(),
    }.ToDictionary(language => language.Code, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> Supported => ByCode.Keys;

    /// <summary>The language for a locale such as "en", "en-GB" or "fr-FR" (its first part decides), else the default.</summary>
    public static ISearchLanguage Resolve(string? locale)
    {
        var code = (locale ?? "").Split('-', '_')[0];
        return ByCode.TryGetValue(code, out var language) ? language : Default;
    }
}
