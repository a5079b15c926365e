using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace GuidanceBot.Tests.Conversations;

/// <summary>
/// A conversation written as data: what the user says or presses, and what the bot's replies of that turn
/// must (and must not) show. Read from <c>Conversations/*.yml</c>. <c>locale:</c> (on the conversation, or on a step
/// for that step) is sent as the activity's locale, as Teams and Web Chat send theirs.
/// </summary>
public sealed record ConversationScript(string File, string Name, string Channel, bool Group, string? Locale, IReadOnlyList<ScriptStep> Steps)
{
    public override string ToString() => $"{File}: {Name}";

    public static IEnumerable<ConversationScript> LoadAll()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Conversations");
        foreach (var path in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal))
        {
            var yaml = new YamlStream();
            using (var reader = System.IO.File.OpenText(path))
            {
                yaml.Load(reader);
            }

            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            foreach (YamlMappingNode conversation in (YamlSequenceNode)root["conversations"])
            {
                yield return new ConversationScript(
                    Path.GetFileName(path),
                    Scalar(conversation, "name") ?? "(unnamed)",
                    Scalar(conversation, "channel") ?? "directline",
                    Scalar(conversation, "group") == "true",
                    Scalar(conversation, "locale"),
                    [.. ((YamlSequenceNode)conversation["steps"]).Cast<YamlMappingNode>().Select(ScriptStep.Parse)]);
            }
        }
    }

    internal static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    internal static IReadOnlyList<string> List(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? value is YamlSequenceNode sequence ? [.. sequence.Cast<YamlScalarNode>().Select(item => item.Value ?? "")] : [((YamlScalarNode)value).Value ?? ""]
            : [];
}

/// <summary>One turn: <c>say</c> text or <c>press</c> a button (its data; <c>card: live|stale</c>), then the checks.</summary>
public sealed record ScriptStep(
    string? Say,
    JsonObject? Press,
    string? As,
    string? Locale,
    IReadOnlyList<string> Expect,
    IReadOnlyList<string> Absent,
    int? Replies,
    string Line)
{
    public static ScriptStep Parse(YamlMappingNode node)
    {
        JsonObject? press = null;
        if (node.Children.TryGetValue(new YamlScalarNode("press"), out var pressNode))
        {
            press = [];
            foreach (var (key, value) in ((YamlMappingNode)pressNode).Children)
            {
                press[((YamlScalarNode)key).Value!] = ((YamlScalarNode)value).Value;
            }
        }

        var replies = ConversationScript.Scalar(node, "replies");
        return new ScriptStep(
            ConversationScript.Scalar(node, "say"),
            press,
            ConversationScript.Scalar(node, "as"),
            ConversationScript.Scalar(node, "locale"),
            ConversationScript.List(node, "expect"),
            ConversationScript.List(node, "absent"),
            replies is null ? null : int.Parse(replies, System.Globalization.CultureInfo.InvariantCulture),
            $"line {node.Start.Line}");
    }
}
