using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Architecture;
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
public sealed class KnowledgeFolderOrderTests
{
    private const string Root = FolderGraph.Root;

    private static readonly string[] Order =
    [
        "Text", "Context", "Model", "Responses", Root,
        "Validation", "Loading",
        "Recommendations", "Search", "Interpretation", "Answers",
    ];

    private static readonly Lazy<IReadOnlyList<FolderUse>> Uses = new(() =>
        FolderGraph.Read(typeof(KnowledgeBase).Assembly, "GuidanceBot.Knowledge", Repository.PathTo("Knowledge"), includeRoot: true).Uses);

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
}
