using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace GuidanceBot.Knowledge.Search;

/// <summary>
/// Spanish: standard tokens, lower case, accents folded (staff often type without them), (synonyms, for questions),
/// stop words, light stems (cooperativas ~ cooperativa).
/// </summary>
public sealed class SpanishSearchLanguage : ISearchLanguage
{
    /// <summary>Lucene's Spanish stop words plus the question words staff type ("cómo", "cuáles", "podemos"...).</summary>
    private static readonly CharArraySet StopWords = SearchStopWords.Normalized(SpanishAnalyzer.DefaultStopSet, SearchChain.Words(Normalize),
        "qué", "cómo", "cuál", "cuáles", "cuándo", "dónde", "cuánto", "cuántos", "cuántas", "quién", "quiénes", "por qué", "puede", "pueden", "podemos", "puedo", "debe", "deben", "debemos", "hay", "existe", "existen", "hacer", "hace", "son", "es", "muy", "también", "todo", "todos", "todas", "sobre");

    public string Code => "es";

    public Analyzer CreateIndexAnalyzer() => new SearchChain(Normalize, Reduce, null);

    public Analyzer CreateQueryAnalyzer(SynonymMap synonyms) => new SearchChain(Normalize, Reduce, synonyms);

    public Analyzer CreateSynonymWordAnalyzer() => SearchChain.Words(Normalize);

    private static TokenStream Normalize(TokenStream source) =>
        new ASCIIFoldingFilter(new LowerCaseFilter(LuceneVersion.LUCENE_48, source));

    private static TokenStream Reduce(TokenStream stream) =>
        new SpanishLightStemFilter(new StopFilter(LuceneVersion.LUCENE_48, stream, StopWords));
}
