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
        // The guard itself: Dialogs' turn plumbing and its guided conversation are known to use each other today.
        var graph = FolderGraph.Read(AssemblyOf("GuidanceBot.Dialogs"), "GuidanceBot.Dialogs", Repository.PathTo("Dialogs"));

        Assert.NotNull(graph.FindCycle());
    }

    private static Assembly AssemblyOf(string rootNamespace) => rootNamespace switch
    {
        _ when rootNamespace.StartsWith("GuidanceBot.Knowledge", StringComparison.Ordinal) => typeof(GuidanceBot.Knowledge.KnowledgeBase).Assembly,
        _ when rootNamespace.StartsWith("GuidanceBot.Dialogs", StringComparison.Ordinal) => typeof(GuidanceBot.Dialogs.Protocol.Activity).Assembly,
        _ => Bot,
    };
}
