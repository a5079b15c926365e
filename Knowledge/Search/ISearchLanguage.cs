using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;

namespace GuidanceBot.Knowledge.Search;

/// <summary>
/// The text analysis for one language, listed in <see cref="SearchLanguages"/>: a knowledge base in that language
/// is indexed and questioned with it.
/// </summary>
public interface ISearchLanguage
{
    /// <summary>The locale code the language answers to, e.g. "en".</summary>
    string Code { get; }

    /// <summary>Analysis for indexing item text.</summary>
    Analyzer CreateIndexAnalyzer();

    /// <summary>Analysis for a user's question: the same as indexing, plus the content's synonyms.</summary>
    Analyzer CreateQueryAnalyzer(SynonymMap synonyms);

    /// <summary>The analysis a question has had where synonyms apply, to split synonym phrases into the same words.</summary>
    Analyzer CreateSynonymWordAnalyzer();
}
