using System.Text.RegularExpressions;
using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;
using GuidanceBot.Tests.TeamsApp;

namespace GuidanceBot.Tests.Knowledge;

/// <summary>
/// Knowledge's folders in their one order, lowest first: each may use only folders before it. Beside the loop check
/// of <c>FolderDirectionTests</c> this also places the root namespace (the knowledge base, its provider and
/// <see cref="PerSnapshot{T}"/>), which that check leaves out: the knowledge base holds content only, so it sits
/// above the content folders and below everything that loads or reads it, and cannot carry a loop between them.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed partial class KnowledgeFolderOrderTests
{
    private const string Root = "(root)";

    private static readonly string[] Order =
    [
        "Text", "Context", "Model", "Responses", Root,
        "Validation", "Loading",
        "Recommendations", "Search", "Interpretation", "Answers",
    ];

    private static readonly Lazy<IReadOnlyList<(string From, string To, string Where)>> Uses = new(ReadUses);

    [Fact]
    public void EveryFolderHasItsPlaceInTheOrder()
    {
        var folders = Directory.EnumerateDirectories(Repository.PathTo("Knowledge"))
            .Select(Path.GetFileName)
            .Where(name => name is not ("Content" or "bin" or "obj"))
            .Append(Root);

        Assert.Equal(Order.Order(StringComparer.Ordinal), folders.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EachFolderUsesOnlyTheFoldersBeforeIt()
    {
        var upward = Uses.Value
            .Where(use => Array.IndexOf(Order, use.To) > Array.IndexOf(Order, use.From))
            .Select(use => $"{use.From} uses {use.To} ({use.Where})");

        Assert.Empty(upward);
    }

    [Fact]
    public void TheUsesAreReadFromTheSources()
    {
        // The guard itself: uses known to exist are found, including those of and on the root namespace.
        Assert.Contains(Uses.Value, use => use is { From: "Loading", To: "Validation" });
        Assert.Contains(Uses.Value, use => use is { From: Root, To: "Model" });
        Assert.Contains(Uses.Value, use => use is { From: "Search", To: Root });
    }

    /// <summary>Who uses whom, as <c>FolderGraph</c> reads it (type names and namespaces outside comments), with the root as a folder.</summary>
    private static List<(string From, string To, string Where)> ReadUses()
    {
        var assembly = typeof(KnowledgeBase).Assembly;
        var folderOfType = assembly.GetTypes()
            .Where(type => type.Namespace?.StartsWith("GuidanceBot.Knowledge", StringComparison.Ordinal) == true && !type.IsNested && !type.Name.Contains('<'))
            .GroupBy(type => type.Name.Split('`')[0], StringComparer.Ordinal)
            .Where(group => group.Select(type => type.Namespace).Distinct().Count() == 1)
            .ToDictionary(group => group.Key, group => FolderOf(group.First().Namespace!), StringComparer.Ordinal);

        var uses = new List<(string From, string To, string Where)>();
        foreach (var file in Directory.EnumerateFiles(Repository.PathTo("Knowledge"), "*.cs", SearchOption.AllDirectories))
        {
            var source = Comment().Replace(File.ReadAllText(file), "");
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || FileNamespace().Match(source) is not { Success: true } declared)
            {
                continue;
            }

            var from = FolderOf(declared.Groups[1].Value);
            var names = Identifier().Matches(source).Select(match => (Name: match.Value, To: folderOfType.GetValueOrDefault(match.Value)))
                .Concat(Qualified().Matches(source).Select(match => (Name: match.Value, To: (string?)FolderOf(match.Value))))
                .Where(name => name.To is not null && Order.Contains(name.To));
            foreach (var (name, to) in names.Where(name => name.To != from).DistinctBy(name => name.To))
            {
                uses.Add((from, to!, $"{Path.GetFileName(file)}: {name}"));
            }
        }

        return uses;
    }

    private static string FolderOf(string ns) =>
        ns == "GuidanceBot.Knowledge" ? Root : ns["GuidanceBot.Knowledge.".Length..].Split('.')[0];

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\bGuidanceBot\.Knowledge(\.\w+)+")]
    private static partial Regex Qualified();
}
