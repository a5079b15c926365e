using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GuidanceBot.Knowledge.Loading;

/// <summary>
/// Reads one content file into a <see cref="ContentSet"/>. Each file starts with <c>version: 1</c> and holds one or
/// more parts named by their top-level key (items, documents, questions, rules, responses, commands, synonyms,
/// interpretation, untrustedHosts, countries, countryWords, questionKinds, answerOnly), so
/// editors may split or merge files freely. Shape errors are reported at their line; nothing throws.
/// </summary>
public static class ContentFileParser
{
    public const int SupportedVersion = 1;

    private static readonly string[] Parts = ["version", "items", "documents", "questions", "rules", "responses", "commands", "synonyms", "interpretation", "untrustedHosts", "countries", "countryWords", "questionKinds", "answerOnly"];

    public static void Parse(string path, string relativePath, ContentSet content, ValidationReport report)
    {
        if (Read(path, relativePath, report) is { } root)
        {
            Parse(root, relativePath, content, report);
        }
    }

    /// <summary>Reads a file's YAML into its top-level mapping, or reports why it cannot (null).</summary>
    public static YamlMappingNode? Read(string path, string relativePath, ValidationReport report)
    {
        using var reader = File.OpenText(path);
        return Read(reader, relativePath, report);
    }

    /// <summary>Reads YAML text into its top-level mapping, or reports why it cannot (null). Never throws on bad input.</summary>
    public static YamlMappingNode? Read(TextReader reader, string relativePath, ValidationReport report)
    {
        YamlStream stream;
        Parser? parser = null;
        try
        {
            parser = new Parser(reader);
            stream = new YamlStream();
            stream.Load(parser);
        }
        catch (YamlException exception)
        {
            report.Error(relativePath, (int)exception.Start.Line, $"this is not valid YAML: {Plain(exception)}");
            return null;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // YamlDotNet throws these on some malformed input ("- :", "-\t[x\n-") instead of a YamlException.
            report.Error(relativePath, (int)(parser?.Current?.Start.Line ?? 1), "this is not valid YAML: check the indentation, dashes and brackets near this line.");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            report.Error(relativePath, 1, "the file is empty; it should start with \"version: 1\".");
            return null;
        }

        return YamlMappingReader.AsMapping(relativePath, stream.Documents[0].RootNode, "the file", report);
    }

    /// <summary>Reads one file's parts, already parsed (a translation is read over the source file's tree).</summary>
    public static void Parse(YamlMappingNode root, string relativePath, ContentSet content, ValidationReport report)
    {
        var file = new YamlMappingReader(relativePath, root, "the file", report);
        file.OnlyFields(Parts);
        var version = file.Integer("version");
        if (file.Node("version") is null)
        {
            report.Error(relativePath, 1, "the file should start with \"version: 1\".");
        }
        else if (version is not null && version != SupportedVersion)
        {
            report.Error(file.At(file.Node("version")!), $"version {version} is not supported; use version: {SupportedVersion}.");
        }

        foreach (var item in file.Mappings("items", "an item", required: false))
        {
            ItemParser.Parse(item, content);
        }

        foreach (var document in file.Mappings("documents", "a document", required: false))
        {
            ParseDocument(document, content);
        }

        foreach (var question in file.Mappings("questions", "a question", required: false))
        {
            QuestionParser.Parse(question, content);
        }

        foreach (var rule in file.Mappings("rules", "a rule", required: false))
        {
            RuleParser.Parse(rule, content);
        }

        foreach (var language in file.Mappings("interpretation", "an interpretation block", required: false))
        {
            InterpretationParser.Parse(language, content, report);
        }

        content.UntrustedHosts.AddRange(file.StringList("untrustedHosts").Select(entry => (entry.Value.ToLowerInvariant(), entry.Location)));
        AnswerContentParser.Parse(file, content);
        ParseResponses(file, content);
        ParseCommands(file, content);
        foreach (var (words, location) in file.Node("synonyms") is null ? [] : SynonymGroups(file))
        {
            content.Synonyms.Add((words, location));
        }
    }

    private static void ParseDocument(YamlMappingReader document, ContentSet content)
    {
        document.OnlyFields("id", "title", "url", "evidence");
        var id = document.String("id");
        document.What = id is null ? "a document" : $"document '{id}'";
        var title = document.String("title");
        var evidence = document.String("evidence");
        if (id is not null && title is not null && evidence is not null)
        {
            content.Documents.Add(new SourceDocument(id, title, document.String("url", required: false), evidence, document.Location));
        }
    }

    private static void ParseResponses(YamlMappingReader file, ContentSet content)
    {
        foreach (var (key, value, location) in file.Entries("responses"))
        {
            IReadOnlyList<string> variants = value switch
            {
                YamlScalarNode scalar => string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()],
                YamlSequenceNode => [.. file.StringList(value, key).Select(entry => entry.Value)],
                _ => [],
            };
            if (variants.Count == 0)
            {
                file.Error(location, $"response '{key}' has no text; write the sentence after the colon, or a list of variants.");
                continue;
            }

            content.Responses.Add((key, variants, location));
        }
    }

    private static void ParseCommands(YamlMappingReader file, ContentSet content)
    {
        foreach (var (command, value, location) in file.Entries("commands"))
        {
            var words = file.StringList(value, command).Select(entry => entry.Value).ToList();
            if (words.Count == 0)
            {
                file.Error(location, $"command '{command}' has no trigger words.");
                continue;
            }

            content.Commands.Add((command, words, location));
        }
    }

    private static IEnumerable<(IReadOnlyList<string> Words, SourceLocation Location)> SynonymGroups(YamlMappingReader file)
    {
        if (file.Node("synonyms") is not YamlSequenceNode groups)
        {
            file.Error(file.At(file.Node("synonyms")!), "'synonyms' should be a list of groups, one [a, b, c] per line.");
            yield break;
        }

        foreach (var group in groups.Children)
        {
            var words = file.StringList(group, "synonyms").Select(entry => entry.Value.ToLowerInvariant()).ToList();
            if (words.Count < 2)
            {
                file.Error(file.At(group), "a synonym group needs at least two words.");
                continue;
            }

            yield return (words, file.At(group));
        }
    }

    /// <summary>YamlDotNet's message without its "(Line: x, Col: y...)" prefix, which the caller already gives.</summary>
    private static string Plain(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        var end = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && end > 0 ? message[(end + 3)..] : message;
    }
}
