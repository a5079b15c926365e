using System.Globalization;
using System.Text.RegularExpressions;
using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Validation;
using YamlDotNet.RepresentationModel;

namespace GuidanceBot.Knowledge.Loading;

/// <summary>
/// Reads one language's translation files (locales/&lt;tag&gt;/ in the content) over a fresh copy of the source files'
/// trees and parses the result into that language's <see cref="ContentSet"/>, so every later step (validation,
/// rules, search, cards) is the same code for every language. A translation that names something the source does
/// not have is an error at its line; a text it does not translate yet is a warning and shows in English, marked
/// <see cref="UntranslatedMark"/>.
/// </summary>
public static partial class TranslationOverlay
{
    /// <summary>Put before a source-language text shown in place of a missing translation.</summary>
    public const string UntranslatedMark = "[EN] ";

    public static ContentSet Read(
        string locale,
        IReadOnlyList<(string Path, string Relative)> sourceFiles,
        IReadOnlyList<(string Path, string Relative)> translationFiles,
        ValidationReport report)
    {
        var language = CultureInfo.GetCultureInfo(locale).EnglishName;
        var scratch = new ValidationReport(); // the source files' own messages were reported when they were read
        var sources = sourceFiles
            .Select(file => (file.Relative, Root: ContentFileParser.Read(file.Path, file.Relative, scratch)))
            .Where(file => file.Root is not null)
            .Select(file => (file.Relative, Root: file.Root!))
            .ToList();
        var targets = new TranslationTargets(sources);
        var own = new List<(string Relative, YamlMappingNode Root)>();

        foreach (var (path, relative) in translationFiles)
        {
            if (ContentFileParser.Read(path, relative, report) is not { } root)
            {
                continue;
            }

            var ownParts = new YamlMappingNode();
            foreach (var (keyNode, value) in root.Children)
            {
                var part = (keyNode as YamlScalarNode)?.Value ?? "";
                var at = new SourceLocation(relative, (int)keyNode.Start.Line);
                if (part == "version")
                {
                    ownParts.Add(keyNode, value);
                }
                else if (TranslatableShape.OwnParts.Contains(part))
                {
                    ownParts.Add(keyNode, value);
                }
                else if (TranslatableShape.KeyedParts.TryGetValue(part, out var shape))
                {
                    TranslateEntries(part, shape, value, relative, targets, language, report);
                }
                else if (TranslatableShape.MapParts.TryGetValue(part, out var textOrList))
                {
                    TranslateMap(part, textOrList, value, relative, targets, language, report);
                }
                else
                {
                    report.Error(at, $"'{part}' is not translated: a translation holds {string.Join(", ", TranslatableShape.KeyedParts.Keys.Concat(TranslatableShape.MapParts.Keys).Concat(TranslatableShape.OwnParts))}.");
                }
            }

            own.Add((relative, ownParts));
        }

        targets.ReportUntranslated(language, report);
        if (own.Exists(file => file.Root.Children.ContainsKey(new YamlScalarNode("synonyms"))))
        {
            // A language's synonym groups replace the source's: word-for-word synonyms would match nothing.
            RemovePart(sources, "synonyms");
        }

        // Descriptions in this language are read by its own block, the fallback of this language's content. Until it
        // has one, the source's block reads them without the questions' synonyms, which are now in this language.
        var blocks = own.SelectMany(file => (Child(file.Root, "interpretation") as YamlSequenceNode)?.Children ?? []).OfType<YamlMappingNode>().ToList();
        if (blocks.Count > 0)
        {
            RemovePart(sources, "interpretation");
            blocks.Where(block => Child(block, "fallback") is null).ToList().ForEach(block => block.Add("fallback", "true"));
        }
        else
        {
            report.Warning(new SourceLocation(translationFiles.Count > 0 ? translationFiles[0].Relative : LocaleFolder(locale), 1), $"{language} has no interpretation block yet, so descriptions are read with the source language's phrases only.");
            foreach (var block in sources.SelectMany(file => (Child(file.Root, "interpretation") as YamlSequenceNode)?.Children ?? []).OfType<YamlMappingNode>())
            {
                block.Children[new YamlScalarNode("questionSynonyms")] = new YamlScalarNode("false");
                block.Children.Remove(new YamlScalarNode("vagueSynonyms"));
            }
        }

        var content = new ContentSet();
        var merged = new ValidationReport();
        foreach (var (relative, root) in sources)
        {
            ContentFileParser.Parse(root, relative, content, merged);
        }

        foreach (var (relative, root) in own)
        {
            ContentFileParser.Parse(root, relative, content, report);
        }

        foreach (var error in merged.Errors)
        {
            report.Error(error.File, error.Line, $"in {language}: {error.Message}");
        }

        return content;
    }

    private static void TranslateEntries(string part, TranslatableShape shape, YamlNode entries, string file, TranslationTargets targets, string language, ValidationReport report)
    {
        if (entries is not YamlSequenceNode list)
        {
            report.Error(file, (int)entries.Start.Line, $"'{part}' should be a list of entries, each with its {shape.Key}.");
            return;
        }

        foreach (var entry in list.Children)
        {
            var key = entry is YamlMappingNode mapping ? Scalar(mapping, shape.Key) : null;
            if (key is null)
            {
                report.Error(file, (int)entry.Start.Line, $"each entry of '{part}' needs its '{shape.Key}', as in the source file.");
                continue;
            }

            if (!targets.TryTake(part, key, out var target))
            {
                var hint = Spelling.Closest(key, targets.Keys(part));
                report.Error(file, (int)entry.Start.Line, $"'{key}' is not in the source content's {part}, so its translation is never used" + (hint is null ? "; remove it." : $"; did you mean '{hint}'?"));
                continue;
            }

            Translate(target.Node, (YamlMappingNode)entry, shape, $"{part} '{key}'", file, target.File, language, report);
        }
    }

    private static void Translate(YamlMappingNode source, YamlMappingNode translation, TranslatableShape shape, string what, string file, string sourceFile, string language, ValidationReport report)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in translation.Children)
        {
            var field = (keyNode as YamlScalarNode)?.Value ?? "";
            var at = new SourceLocation(file, (int)keyNode.Start.Line);
            if (field == shape.Key)
            {
                continue;
            }

            var sourceValue = Child(source, field);
            if (!shape.Allows(field))
            {
                report.Error(at, $"{what}: '{field}' is not translated; a translation gives only {string.Join(", ", shape.Texts.Concat(shape.Lists).Concat(shape.TextMapFields).Concat(shape.Keyed.Keys).Concat(shape.Positional.Keys))}.");
            }
            else if (shape.Lists.Contains(field))
            {
                // Word lists are a language's own, replaced whole; it may list names or places the source has none of.
                done.Add(field);
                if (IsWordList(value, $"{what}: '{field}'", at, report))
                {
                    source.Children[keyNode] = value;
                }
            }
            else if (sourceValue is null)
            {
                report.Error(at, $"{what} has no '{field}' in the source file ({sourceFile}), so this translation is never used; remove it.");
            }
            else if (shape.Texts.Contains(field))
            {
                done.Add(field);
                if (TranslatedText(sourceValue, value, $"{what}: '{field}'", at, report))
                {
                    source.Children[keyNode] = value;
                }
            }
            else if (shape.TextMapFields.Contains(field))
            {
                done.Add(field);
                TranslateTextMap(sourceValue, value, $"{what}: '{field}'", at, sourceFile, language, report);
            }
            else if (shape.Keyed.TryGetValue(field, out var inner))
            {
                done.Add(field);
                TranslateKeyedList((YamlSequenceNode)sourceValue, value, inner, $"{what}: '{field}'", file, sourceFile, language, report);
            }
            else if (shape.Positional.TryGetValue(field, out var positional))
            {
                done.Add(field);
                TranslatePositionalList((YamlSequenceNode)sourceValue, value, positional, $"{what}: '{field}'", file, sourceFile, language, report);
            }
        }

        foreach (var (keyNode, value) in source.Children.ToList())
        {
            var field = (keyNode as YamlScalarNode)?.Value ?? "";
            if (shape.Allows(field) && !done.Contains(field))
            {
                report.Warning(new SourceLocation(file, (int)translation.Start.Line), $"{what} has no {language} '{field}' yet; the source text is shown, marked {UntranslatedMark.Trim()}.");
                MarkUntranslated(source, keyNode, value, shape, field);
            }
        }
    }

    private static void TranslateKeyedList(YamlSequenceNode source, YamlNode translation, TranslatableShape shape, string what, string file, string sourceFile, string language, ValidationReport report)
    {
        var byKey = source.Children.OfType<YamlMappingNode>()
            .Where(entry => Scalar(entry, shape.Key) is not null)
            .ToDictionary(entry => Scalar(entry, shape.Key)!, StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in (translation as YamlSequenceNode)?.Children ?? [])
        {
            var key = entry is YamlMappingNode mapping ? Scalar(mapping, shape.Key) : null;
            if (key is null || !byKey.TryGetValue(key, out var target))
            {
                report.Error(file, (int)entry.Start.Line, $"{what}: '{key ?? "(no " + shape.Key + ")"}' is not one of the source's {string.Join(", ", byKey.Keys)}.");
                continue;
            }

            done.Add(key);
            Translate(target, (YamlMappingNode)entry, shape, $"{what} '{key}'", file, sourceFile, language, report);
        }

        foreach (var (key, target) in byKey.Where(entry => !done.Contains(entry.Key)))
        {
            report.Warning(new SourceLocation(file, (int)translation.Start.Line), $"{what} '{key}' has no {language} translation yet; the source text is shown, marked {UntranslatedMark.Trim()}.");
            MarkAll(target, shape);
        }
    }

    private static void TranslatePositionalList(YamlSequenceNode source, YamlNode translation, TranslatableShape shape, string what, string file, string sourceFile, string language, ValidationReport report)
    {
        var entries = (translation as YamlSequenceNode)?.Children ?? [];
        for (var index = 0; index < entries.Count; index++)
        {
            if (index >= source.Children.Count || entries[index] is not YamlMappingNode entry || source.Children[index] is not YamlMappingNode target)
            {
                report.Error(file, (int)entries[index].Start.Line, $"{what}: entry {index + 1} has no counterpart in the source ({sourceFile}); translate the entries in the same order and number.");
                continue;
            }

            Translate(target, entry, shape, $"{what} {index + 1}", file, sourceFile, language, report);
        }

        for (var index = entries.Count; index < source.Children.Count; index++)
        {
            report.Warning(new SourceLocation(file, (int)translation.Start.Line), $"{what}: entry {index + 1} has no {language} translation yet; the source text is shown, marked {UntranslatedMark.Trim()}.");
            MarkAll((YamlMappingNode)source.Children[index], shape);
        }
    }

    private static void TranslateTextMap(YamlNode source, YamlNode translation, string what, SourceLocation at, string sourceFile, string language, ValidationReport report)
    {
        if (source is not YamlMappingNode sourceMap || translation is not YamlMappingNode map)
        {
            report.Error(at, $"{what} should be a set of \"name: text\" lines, as in the source ({sourceFile}).");
            return;
        }

        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            var entryAt = new SourceLocation(at.File, (int)keyNode.Start.Line);
            if (Child(sourceMap, name) is not { } sourceText)
            {
                report.Error(entryAt, $"{what}: '{name}' is not in the source ({sourceFile}); remove it.");
                continue;
            }

            done.Add(name);
            if (TranslatedText(sourceText, value, $"{what} '{name}'", entryAt, report))
            {
                sourceMap.Children[new YamlScalarNode(name)] = value;
            }
        }

        foreach (var (keyNode, value) in sourceMap.Children.ToList())
        {
            if (!done.Contains(((YamlScalarNode)keyNode).Value ?? ""))
            {
                report.Warning(at, $"{what} '{((YamlScalarNode)keyNode).Value}' has no {language} translation yet; the source text is shown, marked {UntranslatedMark.Trim()}.");
                sourceMap.Children[keyNode] = Marked(value);
            }
        }
    }

    private static void TranslateMap(string part, bool textOrList, YamlNode entries, string file, TranslationTargets targets, string language, ValidationReport report)
    {
        if (entries is not YamlMappingNode map)
        {
            report.Error(file, (int)entries.Start.Line, $"'{part}' should be a set of \"name: ...\" lines, as in the source file.");
            return;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            var at = new SourceLocation(file, (int)keyNode.Start.Line);
            if (!targets.TryTake(part, name, out var target))
            {
                var hint = Spelling.Closest(name, targets.Keys(part));
                report.Error(at, $"{part}: '{name}' is not in the source content, so its translation is never used" + (hint is null ? "; remove it." : $"; did you mean '{hint}'?"));
                continue;
            }

            var sourceValue = target.Node.Children[new YamlScalarNode(name)];
            var ok = textOrList
                ? TranslatedText(sourceValue, value, $"{part} '{name}'", at, report)
                : IsWordList(value, $"{part} '{name}'", at, report);
            if (ok)
            {
                target.Node.Children[new YamlScalarNode(name)] = value;
            }
        }
    }

    private static bool IsWordList(YamlNode value, string what, SourceLocation at, ValidationReport report)
    {
        if (value is YamlSequenceNode words && words.Children.Count > 0 && words.Children.All(word => word is YamlScalarNode))
        {
            return true;
        }

        report.Error(at, $"{what} should be a list of words, [a, b, c].");
        return false;
    }

    /// <summary>A translated text (or list of variants) must keep the source's placeholders: the code fills exactly those.</summary>
    private static bool TranslatedText(YamlNode source, YamlNode translation, string what, SourceLocation at, ValidationReport report)
    {
        var sourceTexts = Texts(source);
        var texts = Texts(translation);
        if (texts.Count == 0 || texts.Exists(string.IsNullOrWhiteSpace))
        {
            report.Error(at, $"{what} should be a text (or, where the source has variants, a list of texts).");
            return false;
        }

        var known = sourceTexts.SelectMany(Placeholders).ToHashSet(StringComparer.Ordinal);
        var always = sourceTexts.Select(text => Placeholders(text).ToHashSet(StringComparer.Ordinal))
            .Aggregate((a, b) => { a.IntersectWith(b); return a; });
        foreach (var text in texts)
        {
            var used = Placeholders(text).ToHashSet(StringComparer.Ordinal);
            if (used.FirstOrDefault(name => !known.Contains(name)) is { } unknown)
            {
                report.Error(at, $"{what} uses {{{unknown}}}, which the source text does not fill in; use only {(known.Count == 0 ? "no placeholder" : string.Join(", ", known.Select(name => "{" + name + "}")))}.");
                return false;
            }

            if (always.FirstOrDefault(name => !used.Contains(name)) is { } dropped)
            {
                report.Error(at, $"{what} leaves out {{{dropped}}}, which the source text fills in; keep it where your language needs it.");
                return false;
            }
        }

        return true;
    }

    private static List<string> Texts(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? ""],
        YamlSequenceNode list => [.. list.Children.Select(child => (child as YamlScalarNode)?.Value ?? "")],
        _ => [],
    };

    private static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(match => match.Groups[1].Value);

    internal static void MarkEntry(YamlMappingNode entry, TranslatableShape shape) => MarkAll(entry, shape);

    private static void MarkAll(YamlMappingNode entry, TranslatableShape shape)
    {
        foreach (var (keyNode, value) in entry.Children.ToList())
        {
            MarkUntranslated(entry, keyNode, value, shape, (keyNode as YamlScalarNode)?.Value ?? "");
        }
    }

    private static void MarkUntranslated(YamlMappingNode entry, YamlNode keyNode, YamlNode value, TranslatableShape shape, string field)
    {
        if (shape.Texts.Contains(field) || shape.TextMapFields.Contains(field))
        {
            entry.Children[keyNode] = Marked(value);
        }
        else if (shape.Keyed.TryGetValue(field, out var inner) || shape.Positional.TryGetValue(field, out inner))
        {
            foreach (var child in ((YamlSequenceNode)value).Children.OfType<YamlMappingNode>())
            {
                MarkAll(child, inner);
            }
        }
    }

    /// <summary>Puts the untranslated mark before the text (or each text of a list or map). The tree is this language's own copy.</summary>
    internal static YamlNode Marked(YamlNode value)
    {
        switch (value)
        {
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                scalar.Value = UntranslatedMark + scalar.Value.Trim();
                break;
            case YamlSequenceNode list:
                list.Children.ToList().ForEach(child => Marked(child));
                break;
            case YamlMappingNode map:
                map.Children.Values.ToList().ForEach(child => Marked(child));
                break;
        }

        return value;
    }

    private static string LocaleFolder(string locale) => $"{KnowledgeLoader.LocalesFolder}{locale}/";

    private static void RemovePart(List<(string Relative, YamlMappingNode Root)> sources, string part)
    {
        foreach (var (_, root) in sources)
        {
            root.Children.Remove(new YamlScalarNode(part));
        }
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode mapping, string key) => (Child(mapping, key) as YamlScalarNode)?.Value?.Trim();

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
