using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Responses;

namespace GuidanceBot.Knowledge.Validation;

/// <summary>
/// Everything read from the content files before cross-checking: the files' parts merged into one set, each
/// entry remembering where it was written.
/// </summary>
public sealed class ContentSet
{
    public List<KnowledgeItem> Items { get; } = [];

    public List<SourceDocument> Documents { get; } = [];

    public List<Question> Questions { get; } = [];

    public List<RecommendationRule> Rules { get; } = [];

    /// <summary>Response key → variants, with the line each key was written on.</summary>
    public List<(string Key, IReadOnlyList<string> Variants, SourceLocation Location)> Responses { get; } = [];

    public List<(string Command, IReadOnlyList<string> Words, SourceLocation Location)> Commands { get; } = [];

    public List<(IReadOnlyList<string> Words, SourceLocation Location)> Synonyms { get; } = [];

    /// <summary>How to read free-text descriptions, one block per language.</summary>
    public List<InterpretationLanguage> InterpretationLanguages { get; } = [];

    /// <summary>Countries with their places and legal notes (study/countries.yml).</summary>
    public List<Country> Countries { get; } = [];

    /// <summary>Words that tell a place of work from an origin, merged from every file's <c>countryWords:</c>.</summary>
    public CountryWords CountryWords { get; set; } = CountryWords.None;

    /// <summary>Kinds of free question and the item kinds that answer them (search/answers.yml).</summary>
    public List<QuestionKind> QuestionKinds { get; } = [];

    /// <summary>Items written to answer free questions, which no rule needs to show in the guidance.</summary>
    public List<(string Id, SourceLocation Location)> AnswerOnly { get; } = [];

    /// <summary>Every id or value some piece of content refers to, with where, for the cross-reference checks.</summary>
    public List<Reference> References { get; } = [];

    /// <summary>Raw source entries (before the document list is known), checked and resolved by the validator.</summary>
    public List<(KnowledgeItem Owner, RawCitation Citation)> RawCitations { get; } = [];

    /// <summary>Web hosts whose pages no source may cite (document-sharing mirrors, staging sites), from <c>untrustedHosts:</c>.</summary>
    public List<(string Host, SourceLocation Location)> UntrustedHosts { get; } = [];

    public ResponseCatalog BuildResponses()
    {
        var texts = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (key, variants, _) in Responses)
        {
            texts.TryAdd(key, variants);
        }

        var commands = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (command, words, _) in Commands)
        {
            commands.TryAdd(command, words);
        }

        return new ResponseCatalog(texts, commands);
    }
}
