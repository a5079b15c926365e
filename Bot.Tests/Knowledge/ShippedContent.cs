using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Loading;

namespace GuidanceBot.Tests.Knowledge;

/// <summary>The real content folder as the bot ships it (copied next to the test assembly), loaded once per test run.</summary>
public static class ShippedContent
{
    private static readonly Lazy<KnowledgeLoadResult> Result = new(() => KnowledgeLoader.Load(Path));

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Content");

    public static KnowledgeLoadResult LoadResult => Result.Value;

    public static KnowledgeBase KnowledgeBase =>
        LoadResult.KnowledgeBase ?? throw new InvalidOperationException($"The shipped content does not load:{Environment.NewLine}{LoadResult.Report}");
}
