using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Validation;
using YamlDotNet.RepresentationModel;

namespace GuidanceBot.Knowledge.Loading;

/// <summary>
/// Everything in the source files a translation can give text for, by part and key (an item's id, a question's slot,
/// a response's name), with the file it came from; remembers which ones a translation took, so the rest can be
/// reported as untranslated.
/// </summary>
public sealed class TranslationTargets
{
    private readonly Dictionary<(string Part, string Key), (YamlMappingNode Node, string File)> _targets = [];
    private readonly HashSet<(string Part, string Key)> _taken = [];

    public TranslationTargets(IEnumerable<(string Relative, YamlMappingNode Root)> sources)
    {
        foreach (var (file, root) in sources)
        {
            foreach (var (keyNode, value) in root.Children)
            {
                var part = (keyNode as YamlScalarNode)?.Value ?? "";
                if (TranslatableShape.KeyedParts.TryGetValue(part, out var shape) && value is YamlSequenceNode entries)
                {
                    foreach (var entry in entries.Children.OfType<YamlMappingNode>())
                    {
                        if (entry.Children.TryGetValue(new YamlScalarNode(shape.Key), out var key) && key is YamlScalarNode { Value: { } id })
                        {
                            _targets.TryAdd((part, id.Trim()), (entry, file));
                        }
                    }
                }
                else if (TranslatableShape.MapParts.ContainsKey(part) && value is YamlMappingNode map)
                {
                    // A map entry's target is the map that holds it: the translation replaces its value there.
                    foreach (var name in map.Children.Keys.OfType<YamlScalarNode>())
                    {
                        _targets.TryAdd((part, name.Value ?? ""), (map, file));
                    }
                }
            }
        }
    }

    public IEnumerable<string> Keys(string part) => _targets.Keys.Where(target => target.Part == part).Select(target => target.Key);

    /// <summary>Finds a target and marks it translated; false when the source has no such entry.</summary>
    public bool TryTake(string part, string key, out (YamlMappingNode Node, string File) target)
    {
        if (!_targets.TryGetValue((part, key), out target))
        {
            return false;
        }

        _taken.Add((part, key));
        return true;
    }

    /// <summary>Warns, at the source entry, of every target no translation took, and marks its texts as shown in the source language.</summary>
    public void ReportUntranslated(string language, ValidationReport report)
    {
        foreach (var ((part, key), (node, file)) in _targets.Where(target => !_taken.Contains(target.Key)))
        {
            if (TranslatableShape.KeyedParts.TryGetValue(part, out var shape))
            {
                if (!shape.Texts.Concat(shape.Lists).Concat(shape.TextMapFields).Concat(shape.Keyed.Keys).Any(field => node.Children.ContainsKey(new YamlScalarNode(field))))
                {
                    continue; // nothing in it to translate
                }

                report.Warning(new SourceLocation(file, (int)node.Start.Line), $"{part} '{key}' has no {language} translation yet; the source text is shown, marked {TranslationOverlay.UntranslatedMark.Trim()}.");
                TranslationOverlay.MarkEntry(node, shape);
            }
            else
            {
                var keyNode = new YamlScalarNode(key);
                var value = node.Children[keyNode];
                report.Warning(new SourceLocation(file, (int)value.Start.Line), $"{part} '{key}' has no {language} translation yet; the source text is shown" + (TranslatableShape.MapParts[part] ? $", marked {TranslationOverlay.UntranslatedMark.Trim()}." : "."));
                if (TranslatableShape.MapParts[part])
                {
                    node.Children[keyNode] = TranslationOverlay.Marked(value);
                }
            }
        }
    }
}
