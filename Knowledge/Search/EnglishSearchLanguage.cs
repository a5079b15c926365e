using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace GuidanceBot.Knowledge.Search;

/// <summary>English: standard tokens, possessives dropped, lower case, (synonyms, for questions), stop words, Porter stems.</summary>
public sealed class EnglishSearchLanguage : ISearchLanguage
{
    /// <summary>Lucene's English stop words plus the question words staff type ("what", "how", "can we"...).</summary>
    private static readonly CharArraySet StopWords = SearchStopWords.With(EnglishAnalyzer.DefaultStopSet,
        "what", "which", "who", "whom", "how", "when", "where", "why", "do", "does", "did", "can", "could", "should", "would", "we", "our", "us", "i", "my", "you", "your", "me", "tell", "about", "many", "much", "any", "some", "there", "is", "are", "was", "has", "have", "its", "it's", "like");

    public string Code => "en";

    public Analyzer CreateIndexAnalyzer() => new SearchChain(Normalize, Reduce, null);

    public Analyzer CreateQueryAnalyzer(SynonymMap synonyms) => new SearchChain(Normalize, Reduce, synonyms);

    public Analyzer CreateSynonymWordAnalyzer() => SearchChain.Words(Normalize);

    private static TokenStream Normalize(TokenStream source) =>
        new LowerCaseFilter(LuceneVersion.LUCENE_48, new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, source));

    private static TokenStream Reduce(TokenStream stream) =>
        new PorterStemFilter(new StopFilter(LuceneVersion.LUCENE_48, stream, StopWords));
}
