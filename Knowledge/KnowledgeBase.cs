using GuidanceBot.Knowledge.Answers;
using GuidanceBot.Knowledge.Interpretation;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Responses;
using GuidanceBot.Knowledge.Search;

namespace GuidanceBot.Knowledge;

/// <summary>
/// One immutable, validated snapshot of the content: items by id, questions, rules, responses, synonyms. The only
/// read API for content. Its search index and its compiled interpretation phrases are built once, on first use, and
/// shared by every call on this snapshot.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, KnowledgeItem> _items;
    private readonly Lazy<KnowledgeSearchIndex> _search;
    private readonly Lazy<InterpreterModel> _interpreter;
    private readonly Lazy<CountryFinder> _countries;

    public KnowledgeBase(
        string version,
        IReadOnlyList<KnowledgeItem> items,
        IReadOnlyList<SourceDocument> documents,
        QuestionCatalog questions,
        IReadOnlyList<RecommendationRule> rules,
        ResponseCatalog responses,
        IReadOnlyList<IReadOnlyList<string>> synonyms,
        IReadOnlyList<InterpretationLanguage>? interpretation = null,
        AnswerContent? answers = null)
    {
        Version = version;
        Items = items;
        Documents = documents;
        Questions = questions;
        Rules = rules;
        Responses = responses;
        Synonyms = synonyms;
        Interpretation = interpretation ?? [];
        Answers = answers ?? AnswerContent.Empty;
        _items = items.ToDictionary(item => item.Id, StringComparer.Ordinal);
        Pathways = [.. Context.Slots.Pathways.Select(Get)];
        _search = new Lazy<KnowledgeSearchIndex>(() => new KnowledgeSearchIndex(this), LazyThreadSafetyMode.ExecutionAndPublication);
        _interpreter = new Lazy<InterpreterModel>(() => new InterpreterModel(this), LazyThreadSafetyMode.ExecutionAndPublication);
        _countries = new Lazy<CountryFinder>(() => new CountryFinder(Answers), LazyThreadSafetyMode.ExecutionAndPublication);
    }

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
    public IReadOnlyList<InterpretationLanguage> Interpretation { get; }

    public KnowledgeSearchIndex Search => _search.Value;

    /// <summary>Countries with legal notes and the kinds of free question (study/countries.yml, search/answers.yml).</summary>
    public AnswerContent Answers { get; }

    /// <summary>Finds the countries a text names as places of work; built once per snapshot.</summary>
    public CountryFinder Countries => _countries.Value;

    /// <summary>The interpretation phrases compiled for matching; used by <see cref="ContextInterpreter"/>.</summary>
    internal InterpreterModel Interpreter => _interpreter.Value;

    public KnowledgeItem Get(string id) =>
        _items.TryGetValue(id, out var item) ? item : throw new KeyNotFoundException($"No knowledge item with id '{id}'.");

    public bool TryGet(string id, out KnowledgeItem item) => _items.TryGetValue(id, out item!);

    public IEnumerable<KnowledgeItem> OfKind(string kind) => Items.Where(item => item.Kind == kind);
}
