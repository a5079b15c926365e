using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace GuidanceBot.Knowledge.Search;

/// <summary>
/// French: standard tokens, lower case, elided articles dropped ("l'emploi" → emploi), accents folded (staff often
/// type without them), (synonyms, for questions), stop words, light stems (coopératives ~ coopérative).
/// </summary>
public sealed class FrenchSearchLanguage : ISearchLanguage
{
    /// <summary>Lucene's French stop words plus the question words staff type ("comment", "quelles", "pouvons"...).</summary>
    private static readonly CharArraySet StopWords = SearchStopWords.Normalized(FrenchAnalyzer.DefaultStopSet, SearchChain.Words(Normalize),
        "quel", "quels", "quelle", "quelles", "comment", "pourquoi", "quand", "où", "combien", "est-ce", "peut", "peuvent", "pouvons", "puis", "peux", "faut", "doit", "doivent", "devons", "dois", "existe", "existent", "y", "a-t-il", "il", "ils", "elles", "cela", "ça", "ceci", "quoi", "dont", "chez", "sont", "est", "faire", "font", "comme", "aussi", "très", "plus", "tout", "tous", "toutes");

    public string Code => "fr";

    public Analyzer CreateIndexAnalyzer() => new SearchChain(Normalize, Reduce, null);

    public Analyzer CreateQueryAnalyzer(SynonymMap synonyms) => new SearchChain(Normalize, Reduce, synonyms);

    public Analyzer CreateSynonymWordAnalyzer() => SearchChain.Words(Normalize);

    private static TokenStream Normalize(TokenStream source) =>
        new ASCIIFoldingFilter(new ElisionFilter(new LowerCaseFilter(LuceneVersion.LUCENE_48, source), FrenchAnalyzer.DEFAULT_ARTICLES));

    private static TokenStream Reduce(TokenStream stream) =>
        new FrenchLightStemFilter(new StopFilter(LuceneVersion.LUCENE_48, stream, StopWords));
}
