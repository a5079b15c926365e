using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;

namespace GuidanceBot.Knowledge.Search;

/// <summary>
/// The text analysis for one language. Add French, Spanish or Arabic by implementing this with Lucene's analysers
/// for that language (FrenchLightStemFilter, SpanishLightStemFilter, ArabicNormalizationFilter...) and listing it
/// in <see cref="SearchLanguages"/>; content in that language is then indexed with it.
/// </summary>
public interface ISearchLanguage
{
    /// <summary>The locale code the language answers to, e.g. "en".</summary>
    string Code { get; }

    /// <summary>Analysis for indexing item text.</summary>
    Analyzer CreateIndexAnalyzer();

    /// <summary>Analysis for a user's question: the same as indexing, plus the content's synonyms.</summary>
    Analyzer CreateQueryAnalyzer(SynonymMap synonyms);
}
