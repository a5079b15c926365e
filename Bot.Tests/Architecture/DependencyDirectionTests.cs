using System.Reflection;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Architecture;

/// <summary>Bot → Dialogs → Knowledge, never back; only Bot touches ASP.NET, HTTP, JWTs or databases.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class DependencyDirectionTests
{
    private static readonly Assembly Knowledge = typeof(GuidanceBot.Knowledge.Responses.ResponseCatalog).Assembly;
    private static readonly Assembly Dialogs = typeof(GuidanceBot.Dialogs.Protocol.Activity).Assembly;
    private static readonly Assembly Bot = typeof(GuidanceBot.Bot.Hosting.BotApplication).Assembly;

    [Fact]
    public void KnowledgeReferencesNeitherDialogsNorBot()
    {
        var references = Names(Knowledge);

        Assert.DoesNotContain(Dialogs.GetName().Name, references);
        Assert.DoesNotContain(Bot.GetName().Name, references);
    }

    [Fact]
    public void DialogsReferencesKnowledgeButNotBotNorAnyHostingLibrary()
    {
        var references = Names(Dialogs);

        Assert.Contains(Knowledge.GetName().Name, references);
        Assert.DoesNotContain(Bot.GetName().Name, references);
        Assert.DoesNotContain(references, name => name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.Data", StringComparison.Ordinal)
            || name.StartsWith("System.Net.Http", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.IdentityModel", StringComparison.Ordinal)
            || name.StartsWith("Azure", StringComparison.Ordinal));
    }

    [Fact]
    public void BotReferencesDialogs()
    {
        Assert.Contains(Dialogs.GetName().Name, Names(Bot));
    }

    private static List<string?> Names(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(reference => reference.Name).ToList();
}
