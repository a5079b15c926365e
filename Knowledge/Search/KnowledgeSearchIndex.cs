using GuidanceBot.Knowledge.Model;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace GuidanceBot.Knowledge.Search;

/// <summary>
/// Full-text search over every item of one knowledge base snapshot, in memory, in the knowledge base's language:
/// its (translated) items analysed with that language's analysis and its own synonym groups. Built once per snapshot
/// and language (see <see cref="KnowledgeBaseSearch"/>); each query only analyses the question and runs one boolean
/// query. Thread-safe: Lucene's searcher and analysers may be shared.
/// </summary>
public sealed class KnowledgeSearchIndex
{
    private const string OrdinalField = "ordinal";

    /// <summary>Fields searched, with how much a match in each counts.</summary>
    private static readonly (string Name, float Boost)[] Fields =
        [("title", 3f), ("keywords", 2.5f), ("summary", 1.5f), ("details", 1f), ("kind", 1f), ("section", 1.5f)];

    /// <summary>How much a word added by a synonym counts, against 1 for the user's own words.</summary>
    private const float SynonymWeight = 0.35f;

    private readonly KnowledgeItem[] _itemsByDoc;

    /// <summary>Every (field, term) of the index with its looked-up statistics, so a query skips words no item uses.</summary>
    private readonly Dictionary<(string Field, string Term), TermContext> _vocabulary = [];
    private readonly KnowledgeBase _knowledge;
    private readonly Analyzer _queryAnalyzer;
    private readonly IndexSearcher _searcher;
    private readonly SnippetPicker _snippets;

    public KnowledgeSearchIndex(KnowledgeBase knowledge)
        : this(knowledge, SearchLanguages.Resolve(knowledge.Locale))
    {
    }

    public KnowledgeSearchIndex(KnowledgeBase knowledge, ISearchLanguage language)
    {
        _knowledge = knowledge;
        var indexAnalyzer = language.CreateIndexAnalyzer();
        _queryAnalyzer = language.CreateQueryAnalyzer(BuildSynonyms(knowledge.Synonyms, language.CreateSynonymWordAnalyzer()));
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, indexAnalyzer)))
        {
            for (var ordinal = 0; ordinal < knowledge.Items.Count; ordinal++)
            {
                writer.AddDocument(ToDocument(knowledge.Items[ordinal], ordinal));
            }
        }

        var reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(reader);

        // Hits map straight to items through a doc-values column read once here, so queries never load stored fields.
        var ordinals = MultiDocValues.GetNumericValues(reader, OrdinalField);
        _itemsByDoc = [.. Enumerable.Range(0, reader.MaxDoc).Select(doc => knowledge.Items[(int)ordinals.Get(doc)])];
        foreach (var (field, _) in Fields)
        {
            var termsEnum = MultiFields.GetTerms(reader, field).GetEnumerator();
            while (termsEnum.MoveNext())
            {
                var term = new Term(field, BytesRef.DeepCopyOf(termsEnum.Term));
                _vocabulary[(field, term.Text)] = TermContext.Build(reader.Context, term);
            }
        }
        _snippets = new SnippetPicker(knowledge.Items, text => Terms(indexAnalyzer, text));
    }

    /// <summary>The language of the items searched (the knowledge base's), which the results carry.</summary>
    public string Locale => _knowledge.Locale;

    /// <summary>
    /// Searches the snapshot in <paramref name="locale"/> ("fr-CA" → fr; none or one without content → this index's
    /// language): the index of <c>knowledge.In(locale)</c>, which is this one when the caller passed that knowledge base.
    /// </summary>
    public SearchResults Search(string question, string? locale, int maxResults = 5)
    {
        var knowledge = string.IsNullOrEmpty(locale) ? _knowledge : _knowledge.In(locale);
        return ReferenceEquals(knowledge, _knowledge) ? Search(question, maxResults) : knowledge.Search.Search(question, maxResults);
    }

    /// <summary>Searches in this index's language.</summary>
    public SearchResults Search(string question, int maxResults = 5)
    {
        var terms = WeightedTerms(_queryAnalyzer, question);
        if (terms.Count == 0)
        {
            return new SearchResults(question, Locale, []);
        }

        var query = new BooleanQuery();
        foreach (var (term, weight) in terms)
        {
            foreach (var (field, boost) in Fields)
            {
                if (_vocabulary.TryGetValue((field, term), out var statistics))
                {
                    query.Add(new TermQuery(new Term(field, term), statistics) { Boost = boost * weight }, Occur.SHOULD);
                }
            }
        }

        if (query.Clauses.Count == 0)
        {
            return new SearchResults(question, Locale, []);
        }

        var hits = new List<SearchHit>();
        foreach (var scoreDoc in _searcher.Search(query, maxResults).ScoreDocs)
        {
            var item = _itemsByDoc[scoreDoc.Doc];
            hits.Add(new SearchHit(item.Id, item.Kind, item.Title, _snippets.Pick(item, terms.Keys.ToHashSet(StringComparer.Ordinal)), item.Sources, scoreDoc.Score));
        }

        return new SearchResults(question, Locale, hits);
    }

    private static Document ToDocument(KnowledgeItem item, int ordinal) =>
    [
        new NumericDocValuesField(OrdinalField, ordinal),
        new TextField("title", item.Title, Field.Store.NO),

        new TextField("keywords", string.Join(" ; ", item.Tags.Append(item.Id.Replace('.', ' '))), Field.Store.NO),
        new TextField("kind", item.Kind.Replace('-', ' '), Field.Store.NO),

        // The study headings an item is cited under ("Key characteristics of successful pathways") are good search words.
        new TextField("section", string.Join(" ; ", item.Sources.Select(source => source.Section).OfType<string>().Distinct()), Field.Store.NO),
        new TextField("summary", item.Summary, Field.Store.NO),
        new TextField("details", item.Details, Field.Store.NO),
    ];

    /// <summary>The distinct terms an analyser makes of a text (the question's words after synonyms and stemming).</summary>
    private static HashSet<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>
    /// The question's terms with a weight: the user's own words count fully, words added by synonyms count less, so a
    /// large synonym group does not drown the rest of the question.
    /// </summary>
    private static Dictionary<string, float> WeightedTerms(Analyzer analyzer, string text)
    {
        var terms = new Dictionary<string, float>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var weight = type.Type == SynonymFilter.TYPE_SYNONYM ? SynonymWeight : 1f;
            var key = term.ToString();
            terms[key] = Math.Max(weight, terms.GetValueOrDefault(key));
        }

        stream.End();
        return terms;
    }

    /// <summary>Each synonym group becomes "every phrase means every other phrase", keeping the original words.</summary>
    private static SynonymMap BuildSynonyms(IReadOnlyList<IReadOnlyList<string>> groups, Analyzer words)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var group in groups)
        {
            var phrases = group
                .Select(phrase => AnalyzedTerms.Of(words, phrase, "synonym"))
                .Where(split => split.Length > 0)
                .Select(split => SynonymMap.Builder.Join(split, new CharsRef()))
                .ToList();
            foreach (var input in phrases)
            {
                foreach (var output in phrases.Where(output => !output.Equals(input)))
                {
                    builder.Add(input, output, includeOrig: true);
                }
            }
        }

        return builder.Build();
    }
}
