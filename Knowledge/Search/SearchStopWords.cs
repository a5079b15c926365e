using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace GuidanceBot.Knowledge.Search;

/// <summary>Stop word sets: a language's Lucene list plus the question words staff type, in the form the chain compares.</summary>
internal static class SearchStopWords
{
    public static CharArraySet With(CharArraySet list, params string[] extra)
    {
        var words = new CharArraySet(LuceneVersion.LUCENE_48, list, ignoreCase: true);
        foreach (var word in extra)
        {
            words.Add(word);
        }

        return words.AsReadOnly();
    }

    /// <summary>
    /// The same, each word passed through <paramref name="normalize"/> first, for a chain that folds accents or
    /// normalises letters before its stop filter (the Lucene lists are written with accents and hamza).
    /// </summary>
    public static CharArraySet Normalized(CharArraySet list, Analyzer normalize, params string[] extra)
    {
        var words = new CharArraySet(LuceneVersion.LUCENE_48, list.Count + extra.Length, ignoreCase: true);
        foreach (var word in list.Select(entry => entry.ToString()!).Concat(extra))
        {
            using var stream = normalize.GetTokenStream("stop", new StringReader(word));
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                words.Add(term.ToString());
            }

            stream.End();
        }

        return words.AsReadOnly();
    }
}
