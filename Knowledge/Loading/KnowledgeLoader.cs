using System.Security.Cryptography;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Responses;
using GuidanceBot.Knowledge.Validation;

namespace GuidanceBot.Knowledge.Loading;

/// <summary>
/// Reads every <c>*.yml</c> file under a content folder (in path order), merges them, validates the whole, and
/// builds a <see cref="KnowledgeBase"/> only when there is no error. The one place that touches the file system.
/// </summary>
public static class KnowledgeLoader
{
    public static KnowledgeLoadResult Load(string contentPath)
    {
        var report = new ValidationReport();
        if (!Directory.Exists(contentPath))
        {
            report.Error(contentPath, 1, "the content folder does not exist.");
            return new KnowledgeLoadResult(null, report);
        }

        var files = Directory.EnumerateFiles(contentPath, "*.yml", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: Path.GetRelativePath(contentPath, path).Replace('\\', '/')))
            .OrderBy(file => file.Relative, StringComparer.Ordinal)
            .ToList();
        var content = new ContentSet();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, relative) in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(relative));
            hash.AppendData(File.ReadAllBytes(path));
            ContentFileParser.Parse(path, relative, content, report);
        }

        var items = KnowledgeValidator.Validate(content, report);
        if (report.HasErrors)
        {
            return new KnowledgeLoadResult(null, report);
        }

        var version = Convert.ToHexString(hash.GetHashAndReset())[..12].ToLowerInvariant();
        var knowledgeBase = new KnowledgeBase(
            version,
            items,
            content.Documents,
            new QuestionCatalog(content.Questions),
            content.Rules,
            content.BuildResponses(),
            [.. content.Synonyms.Select(group => group.Words)],
            content.InterpretationLanguages,
            new AnswerContent(content.Countries, content.CountryWords, content.QuestionKinds));
        return new KnowledgeLoadResult(knowledgeBase, report);
    }

    /// <summary>Loads one responses file on its own, for tools and tests that need the wording without the whole content.</summary>
    public static ResponseCatalog LoadResponses(string path)
    {
        var report = new ValidationReport();
        var content = new ContentSet();
        ContentFileParser.Parse(path, Path.GetFileName(path), content, report);
        if (report.HasErrors)
        {
            throw new InvalidDataException($"The responses file is not valid:{Environment.NewLine}{report}");
        }

        return content.BuildResponses();
    }
}
