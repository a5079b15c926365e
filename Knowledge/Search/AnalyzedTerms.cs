using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GuidanceBot.Knowledge.Search;

/// <summary>The terms an analyser makes of a text: how synonym phrases are split the way questions are.</summary>
public static class AnalyzedTerms
{
    public static string[] Of(Analyzer analyzer, string text, string field = "text")
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return [.. terms];
    }
}
