using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace GuidanceBot.Knowledge.Search;

/// <summary>
/// The shape every language's analysis shares: standard tokens, the language's normalising filters, then (for
/// questions) synonyms, then its stop words and stemmer. Synonyms sit between the two halves so editors write them as
/// ordinary words and the words they add are stemmed like the rest.
/// </summary>
internal sealed class SearchChain(
    Func<TokenStream, TokenStream> normalize,
    Func<TokenStream, TokenStream>? reduce,
    SynonymMap? synonyms) : Analyzer
{
    /// <summary>Normalising only: what a synonym phrase's words must look like.</summary>
    public static SearchChain Words(Func<TokenStream, TokenStream> normalize) => new(normalize, null, null);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        var stream = normalize(source);
        if (synonyms is not null)
        {
            stream = new SynonymFilter(stream, synonyms, ignoreCase: true);
        }

        if (reduce is not null)
        {
            stream = reduce(stream);
        }

        return new TokenStreamComponents(source, stream);
    }
}
