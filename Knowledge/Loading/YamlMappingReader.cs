using GuidanceBot.Knowledge.Model;
using GuidanceBot.Knowledge.Validation;
using YamlDotNet.RepresentationModel;

namespace GuidanceBot.Knowledge.Loading;

/// <summary>
/// Reads fields out of one YAML mapping, reporting every missing, misspelt or wrongly shaped field at its line in
/// plain English instead of throwing, so one run shows an editor all their mistakes.
/// </summary>
public sealed class YamlMappingReader
{
    private readonly string _file;
    private readonly ValidationReport _report;

    public YamlMappingReader(string file, YamlMappingNode mapping, string what, ValidationReport report)
    {
        _file = file;
        Mapping = mapping;
        What = what;
        _report = report;
    }

    public YamlMappingNode Mapping { get; }

    /// <summary>How messages name the thing being read, e.g. "item 'P1'".</summary>
    public string What { get; set; }

    public SourceLocation Location => At(Mapping);

    public SourceLocation At(YamlNode node) => new(_file, (int)node.Start.Line);

    public static YamlMappingNode? AsMapping(string file, YamlNode node, string what, ValidationReport report)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        report.Error(file, (int)node.Start.Line, $"{what} should be a set of \"name: value\" fields.");
        return null;
    }

    public YamlNode? Node(string key) =>
        Mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>Reports fields not in <paramref name="allowed"/>, suggesting the closest known name.</summary>
    public void OnlyFields(params string[] allowed)
    {
        foreach (var key in Mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                var hint = Spelling.Closest(name, allowed);
                _report.Error(At(key), $"{What} has an unknown field '{name}'" + (hint is null ? $"; known fields are: {string.Join(", ", allowed)}." : $"; did you mean '{hint}'?"));
            }
        }
    }

    public string? String(string key, bool required = true)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                _report.Error(Location, $"{What} is missing the required field '{key}'.");
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            _report.Error(At(node), $"{What}: '{key}' should be a single text, not a list or a set of fields.");
            return null;
        }

        var text = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                _report.Error(At(node), $"{What}: '{key}' is empty.");
            }

            return null;
        }

        return text;
    }

    public bool Boolean(string key)
    {
        var text = String(key, required: false);
        if (text is null)
        {
            return false;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        _report.Error(At(Node(key)!), $"{What}: '{key}' should be true or false, not '{text}'.");
        return false;
    }

    public int? Integer(string key)
    {
        var text = String(key, required: false);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, out var value))
        {
            return value;
        }

        _report.Error(At(Node(key)!), $"{What}: '{key}' should be a whole number, not '{text}'.");
        return null;
    }

    /// <summary>A list of texts, written either as [a, b] or one "- a" per line. Missing means empty.</summary>
    public IReadOnlyList<(string Value, SourceLocation Location)> StringList(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                _report.Error(Location, $"{What} is missing the required field '{key}'.");
            }

            return [];
        }

        return StringList(node, key);
    }

    public IReadOnlyList<(string Value, SourceLocation Location)> StringList(YamlNode node, string key)
    {
        if (node is not YamlSequenceNode sequence)
        {
            _report.Error(At(node), $"{What}: '{key}' should be a list, written [a, b] or one \"- a\" per line.");
            return [];
        }

        var values = new List<(string, SourceLocation)>();
        foreach (var child in sequence.Children)
        {
            if (child is YamlScalarNode { Value: { Length: > 0 } value })
            {
                values.Add((value.Trim(), At(child)));
            }
            else
            {
                _report.Error(At(child), $"{What}: every entry of '{key}' should be a single non-empty text.");
            }
        }

        return values;
    }

    /// <summary>A sequence of mappings (e.g. items, sources), each handed back with its own reader.</summary>
    public IEnumerable<YamlMappingReader> Mappings(string key, string whatEach, bool required = true)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                _report.Error(Location, $"{What} is missing the required field '{key}'.");
            }

            yield break;
        }

        if (node is not YamlSequenceNode sequence)
        {
            _report.Error(At(node), $"{What}: '{key}' should be a list with one \"- \" entry each.");
            yield break;
        }

        foreach (var child in sequence.Children)
        {
            var mapping = AsMapping(_file, child, whatEach, _report);
            if (mapping is not null)
            {
                yield return new YamlMappingReader(_file, mapping, whatEach, _report);
            }
        }
    }

    /// <summary>A nested "name: value" block (e.g. appliesTo, pathways), each entry with its location.</summary>
    public IEnumerable<(string Name, YamlNode Value, SourceLocation Location)> Entries(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            yield break;
        }

        if (node is not YamlMappingNode mapping)
        {
            _report.Error(At(node), $"{What}: '{key}' should be a set of \"name: value\" fields.");
            yield break;
        }

        foreach (var (name, value) in mapping.Children)
        {
            yield return (((YamlScalarNode)name).Value ?? "", value, At(name));
        }
    }

    public void Error(SourceLocation location, string message) => _report.Error(location, message);
}
