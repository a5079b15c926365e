using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace GuidanceBot.Knowledge.Search;

/// <summary>
/// English: standard tokens, possessives dropped, lower case, (synonyms, for questions), stop words, Porter stems.
/// Synonyms run before stemming so editors write them as ordinary words.
/// </summary>
public sealed class EnglishSearchLanguage : ISearchLanguage
{
    /// <summary>Lucene's English stop words plus the question words staff type ("what", "how", "can we"...).</summary>
    private static readonly CharArraySet StopWords = BuildStopWords();

    public string Code => "en";

    public Analyzer CreateIndexAnalyzer() => new EnglishChain(null);

    public Analyzer CreateQueryAnalyzer(SynonymMap synonyms) => new EnglishChain(synonyms);

    private static CharArraySet BuildStopWords()
    {
        var words = new CharArraySet(LuceneVersion.LUCENE_48, EnglishAnalyzer.DefaultStopSet, ignoreCase: true);
        foreach (var word in new[] { "what", "which", "who", "whom", "how", "when", "where", "why", "do", "does", "did", "can", "could", "should", "would", "we", "our", "us", "i", "my", "you", "your", "me", "tell", "about", "many", "much", "any", "some", "there", "is", "are", "was", "has", "have", "its", "it's", "like" })
        {
            words.Add(word);
        }

        return words.AsReadOnly();
    }

    private sealed class EnglishChain(SynonymMap? synonyms) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
            TokenStream stream = new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, source);
            stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
            if (synonyms is not null)
            {
                stream = new SynonymFilter(stream, synonyms, ignoreCase: true);
            }

            stream = new StopFilter(LuceneVersion.LUCENE_48, stream, StopWords);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }
}
