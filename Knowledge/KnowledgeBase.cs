using System.Globalization;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Knowledge;

/// <summary>
/// One immutable, validated snapshot of the content: items by id, questions, rules, responses, synonyms. The only
/// read API for content. It holds content only: what is derived from it (the search index, the compiled
/// interpretation phrases, the country finder) is built once per snapshot, on first use, by the folder that needs
/// it (see <see cref="PerSnapshot{T}"/>), so the content never depends on the code that reads it.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, KnowledgeItem> _items;
    private IReadOnlyDictionary<string, KnowledgeBase>? _languages;

    public KnowledgeBase(
        string version,
        IReadOnlyList<KnowledgeItem> items,
        IReadOnlyList<SourceDocument> documents,
        QuestionCatalog questions,
        IReadOnlyList<RecommendationRule> rules,
        ResponseCatalog responses,
        IReadOnlyList<IReadOnlyList<string>> synonyms,
        IReadOnlyList<InterpretationLanguage>? interpretationLanguages = null,
        AnswerContent? answers = null,
        string locale = SourceLocale)
    {
        Version = version;
        Locale = locale;
        IsRightToLeft = CultureInfo.GetCultureInfo(locale).TextInfo.IsRightToLeft;
        Items = items;
        Documents = documents;
        Questions = questions;
        Rules = rules;
        Responses = responses;
        Synonyms = synonyms;
        InterpretationLanguages = interpretationLanguages ?? [];
        Answers = answers ?? AnswerContent.Empty;
        _items = items.ToDictionary(item => item.Id, StringComparer.Ordinal);
        Pathways = [.. Context.Slots.Pathways.Select(Get)];
    }

    /// <summary>The language the content is written in; translations are read over it (locales/ in the content).</summary>
    public const string SourceLocale = "en";

    /// <summary>This snapshot's language: the source language or one of the translations under locales/.</summary>
    public string Locale { get; }

    /// <summary>Whether this language is written right to left (Arabic): cards and pages mirror for it.</summary>
    public bool IsRightToLeft { get; }

    /// <summary>The languages this snapshot speaks, the source language first.</summary>
    public IReadOnlyList<string> Locales => _languages?.Keys.ToList() ?? [Locale];

    /// <summary>
    /// The same snapshot in the language of <paramref name="locale"/>: the full tag ("fr-CA"), else its language
    /// ("fr"), else the source language. Every language of one snapshot shares its version.
    /// </summary>
    public KnowledgeBase In(string? locale)
    {
        if (_languages is null || string.IsNullOrWhiteSpace(locale))
        {
            return _languages?[SourceLocale] ?? this;
        }

        var tag = locale.Trim().Replace('_', '-');
        if (_languages.TryGetValue(tag, out var exact))
        {
            return exact;
        }

        var dash = tag.IndexOf('-');
        return dash > 0 && _languages.TryGetValue(tag[..dash], out var language) ? language : _languages[SourceLocale];
    }

    /// <summary>Links the languages of one snapshot so each can hand out the others (the loader calls it once).</summary>
    internal void JoinLanguages(IReadOnlyDictionary<string, KnowledgeBase> languages) => _languages = languages;

    /// <summary>A fingerprint of the content files; changes whenever any of them changes.</summary>
    public string Version { get; }

    public IReadOnlyList<KnowledgeItem> Items { get; }

    public IReadOnlyList<SourceDocument> Documents { get; }

    /// <summary>P1…P7 in the study's order.</summary>
    public IReadOnlyList<KnowledgeItem> Pathways { get; }

    public QuestionCatalog Questions { get; }

    public IReadOnlyList<RecommendationRule> Rules { get; }

    public ResponseCatalog Responses { get; }

    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; }

    /// <summary>How free-text descriptions are read, one block per language (guidance/interpretation.yml).</summary>
    public IReadOnlyList<InterpretationLanguage> InterpretationLanguages { get; }

    /// <summary>Countries with legal notes and the kinds of free question (study/countries.yml, search/answers.yml).</summary>
    public AnswerContent Answers { get; }

    public KnowledgeItem Get(string id) =>
        _items.TryGetValue(id, out var item) ? item : throw new KeyNotFoundException($"No knowledge item with id '{id}'.");

    public bool TryGet(string id, out KnowledgeItem item) => _items.TryGetValue(id, out item!);

    public IEnumerable<KnowledgeItem> OfKind(string kind) => Items.Where(item => item.Kind == kind);
}
