using YamlDotNet.RepresentationModel;

namespace GuidanceBot.Knowledge.Responses;

/// <summary>Every sentence the bot says, by key, from <c>Content/responses.yml</c>; <c>{name}</c> placeholders filled on request.</summary>
public sealed class ResponseCatalog
{
    private readonly IReadOnlyDictionary<string, string> _texts;

    public ResponseCatalog(IReadOnlyDictionary<string, string> texts) => _texts = texts;

    public static ResponseCatalog Load(string path)
    {
        using var reader = File.OpenText(path);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var responses = (YamlMappingNode)root.Children[new YamlScalarNode("responses")];
        var texts = responses.Children.ToDictionary(
            pair => ((YamlScalarNode)pair.Key).Value ?? "",
            pair => ((YamlScalarNode)pair.Value).Value ?? "",
            StringComparer.Ordinal);
        return new ResponseCatalog(texts);
    }

    public string Get(string key) =>
        _texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No response text with key '{key}'.");

    public string Get(string key, IReadOnlyDictionary<string, string> values)
    {
        var text = Get(key);
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }
}
