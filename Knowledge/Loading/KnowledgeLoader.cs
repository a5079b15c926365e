using System.Globalization;
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
        var sources = files.Where(file => !file.Relative.StartsWith(LocalesFolder, StringComparison.Ordinal)).ToList();
        var content = new ContentSet();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, relative) in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(relative));
            hash.AppendData(File.ReadAllBytes(path));
        }

        foreach (var (path, relative) in sources)
        {
            ContentFileParser.Parse(path, relative, content, report);
        }

        var items = KnowledgeValidator.Validate(content, report);
        if (report.HasErrors)
        {
            return new KnowledgeLoadResult(null, report);
        }

        var version = Convert.ToHexString(hash.GetHashAndReset())[..12].ToLowerInvariant();
        var languages = new Dictionary<string, KnowledgeBase>(StringComparer.OrdinalIgnoreCase)
        {
            [KnowledgeBase.SourceLocale] = Build(version, content, items, KnowledgeBase.SourceLocale),
        };
        foreach (var (locale, translations) in Translations(files, report))
        {
            var translated = TranslationOverlay.Read(locale, sources, translations, report);
            var checks = new ValidationReport();
            var translatedItems = KnowledgeValidator.Validate(translated, checks);
            foreach (var error in checks.Errors)
            {
                report.Error(error.File, error.Line, $"in {CultureInfo.GetCultureInfo(locale).EnglishName}: {error.Message}");
            }

            foreach (var warning in checks.Warnings.Where(warning => warning.File.StartsWith(LocalesFolder, StringComparison.Ordinal)))
            {
                report.Warning(new SourceLocation(warning.File, warning.Line), warning.Message);
            }

            languages[locale] = Build(version, translated, translatedItems, locale);
        }

        if (report.HasErrors)
        {
            return new KnowledgeLoadResult(null, report);
        }

        foreach (var language in languages.Values)
        {
            language.JoinLanguages(languages);
        }

        return new KnowledgeLoadResult(languages[KnowledgeBase.SourceLocale], report);
    }

    /// <summary>The folder whose subfolders hold one language each (locales/fr/...), named by language tag.</summary>
    public const string LocalesFolder = "locales/";

    private static IEnumerable<(string Locale, List<(string Path, string Relative)> Files)> Translations(List<(string Path, string Relative)> files, ValidationReport report)
    {
        var byLocale = files
            .Where(file => file.Relative.StartsWith(LocalesFolder, StringComparison.Ordinal))
            .GroupBy(file => file.Relative[LocalesFolder.Length..].Split('/')[0], StringComparer.Ordinal);
        foreach (var group in byLocale)
        {
            if (!IsLanguageTag(group.Key) || group.Key.Equals(KnowledgeBase.SourceLocale, StringComparison.OrdinalIgnoreCase))
            {
                report.Error(group.First().Relative, 1, $"'{group.Key}' is not a language to translate into; name the folder by its language tag, such as locales/fr or locales/es-CO.");
                continue;
            }

            yield return (group.Key, group.Where(file => file.Relative.Count(c => c == '/') > 1).ToList());
        }
    }

    private static bool IsLanguageTag(string tag)
    {
        try
        {
            return CultureInfo.GetCultureInfo(tag, predefinedOnly: true).Name.Equals(tag, StringComparison.OrdinalIgnoreCase);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private static KnowledgeBase Build(string version, ContentSet content, IReadOnlyList<KnowledgeItem> items, string locale) =>
        new(
            version,
            items,
            content.Documents,
            new QuestionCatalog(content.Questions),
            content.Rules,
            content.BuildResponses(),
            [.. content.Synonyms.Select(group => group.Words)],
            content.InterpretationLanguages,
            new AnswerContent(content.Countries, content.CountryWords, content.QuestionKinds),
            locale);

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
