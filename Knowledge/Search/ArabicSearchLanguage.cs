using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace GuidanceBot.Knowledge.Search;

/// <summary>
/// Arabic: standard tokens, lower case (for Latin words such as SACCO), Arabic normalisation (hamza forms of alef,
/// alef maqsura, teh marbuta, short vowels and tatweel), (synonyms, for questions), stop words, light stems
/// (prefixes such as ال and وال, suffixes such as ات and ية).
/// </summary>
public sealed class ArabicSearchLanguage : ISearchLanguage
{
    /// <summary>Lucene's Arabic stop words plus the question words staff type ("كيف", "هل", "يمكن"...).</summary>
    private static readonly CharArraySet StopWords = SearchStopWords.Normalized(ArabicAnalyzer.DefaultStopSet, SearchChain.Words(Normalize),
        "كيف", "هل", "ماذا", "لماذا", "ما", "متى", "أين", "كم", "أي", "يمكن", "يمكننا", "يمكنني", "نستطيع", "يجب", "علينا", "هناك", "توجد", "يوجد", "عن", "حول");

    public string Code => "ar";

    public Analyzer CreateIndexAnalyzer() => new SearchChain(Normalize, Reduce, null);

    public Analyzer CreateQueryAnalyzer(SynonymMap synonyms) => new SearchChain(Normalize, Reduce, synonyms);

    public Analyzer CreateSynonymWordAnalyzer() => SearchChain.Words(Normalize);

    private static TokenStream Normalize(TokenStream source) =>
        new ArabicNormalizationFilter(new LowerCaseFilter(LuceneVersion.LUCENE_48, source));

    private static TokenStream Reduce(TokenStream stream) =>
        new ArabicStemFilter(new StopFilter(LuceneVersion.LUCENE_48, stream, StopWords));
}
