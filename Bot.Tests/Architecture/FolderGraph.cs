using System.Reflection;
using System.Text.RegularExpressions;

namespace GuidanceBot.Tests.Architecture;

/// <summary>
/// Which sub-folders (child namespaces) of one folder use which others, read from the sources: a file uses a folder
/// when it names one of that folder's types (by simple name, so types of a parent namespace that need no using are
/// seen too) or its namespace. Comments are left out. The folder's own root namespace (its options, hosting and
/// errors, which every sub-folder may use and which wires them together) is a node only when asked for, as
/// <see cref="Root"/>.
/// </summary>
public sealed partial class FolderGraph
{
    public const string Root = "(root)";

    private readonly Dictionary<string, HashSet<string>> _edges = new(StringComparer.Ordinal);
    private readonly List<FolderUse> _uses = [];

    private FolderGraph()
    {
    }

    /// <summary>Every use found, once per file and folder used, with the name that shows it.</summary>
    public IReadOnlyList<FolderUse> Uses => _uses;

    public static FolderGraph Read(Assembly assembly, string rootNamespace, string folder, bool includeRoot = false)
    {
        var graph = new FolderGraph();
        var typeNodes = assembly.GetTypes()
            .Where(type => type.Namespace is { } ns && (ns == rootNamespace || ns.StartsWith(rootNamespace + ".", StringComparison.Ordinal)) && !type.IsNested && !type.Name.Contains('<'))
            .GroupBy(type => type.Name.Split('`')[0], StringComparer.Ordinal)
            .Where(group => group.Select(type => type.Namespace).Distinct().Count() == 1)
            .ToDictionary(group => group.Key, group => Node(rootNamespace, group.First().Namespace!), StringComparer.Ordinal);

        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var source = Comment().Replace(File.ReadAllText(file), "");
            if (FileNamespace().Match(source) is not { Success: true } declared)
            {
                continue;
            }

            var from = Node(rootNamespace, declared.Groups[1].Value);
            if (from == Root && !includeRoot)
            {
                continue;
            }

            var found = new Dictionary<string, string>(StringComparer.Ordinal);

            // A namespace name (GuidanceBot.Dialogs.Protocol) is counted below as a namespace, not as its parts'
            // simple names: the root's first part would otherwise be taken for a type that shares it.
            foreach (Match name in Identifier().Matches(Qualified().Replace(source, " ")))
            {
                if (typeNodes.TryGetValue(name.Value, out var to) && to != from && (includeRoot || to != Root))
                {
                    found.TryAdd(to, name.Value);
                }
            }

            foreach (Match qualified in Qualified().Matches(source))
            {
                var ns = qualified.Value;
                if (ns.StartsWith(rootNamespace + ".", StringComparison.Ordinal) && Node(rootNamespace, ns) is var to && to != from && (includeRoot || to != Root))
                {
                    found.TryAdd(to, ns);
                }
            }

            foreach (var (to, name) in found)
            {
                graph.UsesOf(from).Add(to);
                graph._uses.Add(new FolderUse(from, to, $"{Path.GetFileName(file)}: {name}"));
            }
        }

        return graph;
    }

    /// <summary>A shortest cycle, as "A -> B -> A", or null when the folders use each other one way only.</summary>
    public string? FindCycle()
    {
        foreach (var start in _edges.Keys.Order(StringComparer.Ordinal))
        {
            var previous = new Dictionary<string, string>(StringComparer.Ordinal);
            var queue = new Queue<string>([start]);
            while (queue.TryDequeue(out var node))
            {
                foreach (var next in _edges.GetValueOrDefault(node) ?? [])
                {
                    if (next == start)
                    {
                        var path = new List<string> { start };
                        for (var at = node; at != start; at = previous[at])
                        {
                            path.Insert(1, at);
                        }

                        return string.Join(" -> ", path.Append(start));
                    }

                    if (previous.TryAdd(next, node))
                    {
                        queue.Enqueue(next);
                    }
                }
            }
        }

        return null;
    }

    private HashSet<string> UsesOf(string node) =>
        _edges.TryGetValue(node, out var set) ? set : _edges[node] = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The child folder of the root a namespace lies in.</summary>
    private static string Node(string rootNamespace, string ns) =>
        ns.Length <= rootNamespace.Length ? Root : ns[(rootNamespace.Length + 1)..].Split('.')[0];

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\bGuidanceBot(\.\w+)+")]
    private static partial Regex Qualified();
}
