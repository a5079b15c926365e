using System.Reflection;
using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Knowledge;

/// <summary>Knowledge stays pure content and logic: no bot, dialog, ASP.NET, HTTP or database assembly.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class KnowledgeDependencyTests
{
    [Fact]
    public void KnowledgeReferencesOnlyYamlLuceneAndTheBaseLibrary()
    {
        var references = typeof(KnowledgeBase).Assembly.GetReferencedAssemblies().Select(reference => reference.Name!).ToList();

        Assert.DoesNotContain(references, name =>
            name.StartsWith("GuidanceBot", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || name.StartsWith("System.Net.Http", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.Data", StringComparison.Ordinal));
        Assert.Contains("YamlDotNet", references);
        Assert.Contains("Lucene.Net", references);
    }
}
