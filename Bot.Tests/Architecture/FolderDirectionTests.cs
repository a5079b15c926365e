using System.Reflection;
using GuidanceBot.Tests.Support;
using GuidanceBot.Tests.TeamsApp;

namespace GuidanceBot.Tests.Architecture;

/// <summary>
/// Inside each layer, folders use each other one way only: a loop between folders means neither can be read, changed
/// or tested without the other.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed class FolderDirectionTests
{
    private static readonly Assembly Bot = typeof(GuidanceBot.Bot.Hosting.BotApplication).Assembly;

    public static TheoryData<string, string> Folders => new()
    {
        { "GuidanceBot.Bot.Channels.DirectLine", "Bot/Channels/DirectLine" },
        { "GuidanceBot.Knowledge", "Knowledge" },
        { "GuidanceBot.Dialogs", "Dialogs" },
        { "GuidanceBot.Dialogs.Engine", "Dialogs/Engine" },
    };

    [Theory]
    [MemberData(nameof(Folders))]
    public void FoldersUseEachOtherOneWayOnly(string rootNamespace, string folder)
    {
        var graph = FolderGraph.Read(AssemblyOf(rootNamespace), rootNamespace, Repository.PathTo(folder.Split('/')));

        Assert.Null(graph.FindCycle());
    }

    [Fact]
    public void AFolderLoopIsFound()
    {
        // The guard itself, on a small tree written here: Loop.A and Loop.B use each other, Loop.C only uses A.
        using var tree = new SyntheticTree(
            ("A/Asks.cs", "namespace GuidanceBot.Loop.A;\nusing GuidanceBot.Loop.B;\npublic sealed class Asks;"),
            ("B/Answers.cs", "namespace GuidanceBot.Loop.B;\npublic sealed class Answers { GuidanceBot.Loop.A.Asks? asks; }"),
            ("C/Reads.cs", "namespace GuidanceBot.Loop.C;\nusing GuidanceBot.Loop.A;\npublic sealed class Reads;"));

        var cycle = FolderGraph.Read(Bot, "GuidanceBot.Loop", tree.Path).FindCycle();

        Assert.Equal("A -> B -> A", cycle);
    }

    [Fact]
    public void FoldersUsedOneWayMakeNoLoop()
    {
        // The same tree without B's use of A: the guard must not see a loop that is not there.
        using var tree = new SyntheticTree(
            ("A/Asks.cs", "namespace GuidanceBot.Loop.A;\nusing GuidanceBot.Loop.B;\npublic sealed class Asks;"),
            ("B/Answers.cs", "namespace GuidanceBot.Loop.B;\npublic sealed class Answers;"),
            ("C/Reads.cs", "namespace GuidanceBot.Loop.C;\nusing GuidanceBot.Loop.A;\npublic sealed class Reads;"));

        Assert.Null(FolderGraph.Read(Bot, "GuidanceBot.Loop", tree.Path).FindCycle());
    }

    /// <summary>Source files in a temporary folder, deleted afterwards.</summary>
    private sealed class SyntheticTree : IDisposable
    {
        public SyntheticTree(params (string File, string Source)[] files)
        {
            Path = Directory.CreateTempSubdirectory("folder-graph-").FullName;
            foreach (var (file, source) in files)
            {
                var full = System.IO.Path.Combine(Path, file);
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
                File.WriteAllText(full, source);
            }
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    private static Assembly AssemblyOf(string rootNamespace) => rootNamespace switch
    {
        _ when rootNamespace.StartsWith("GuidanceBot.Knowledge", StringComparison.Ordinal) => typeof(GuidanceBot.Knowledge.KnowledgeBase).Assembly,
        _ when rootNamespace.StartsWith("GuidanceBot.Dialogs", StringComparison.Ordinal) => typeof(GuidanceBot.Dialogs.Protocol.Activity).Assembly,
        _ => Bot,
    };
}
