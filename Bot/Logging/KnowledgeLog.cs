using Microsoft.Extensions.Logging;

namespace GuidanceBot.Bot.Logging;

/// <summary>Log lines about content loading and the knowledge API (event ids 3000–3099). Never user text.</summary>
public static partial class KnowledgeLog
{
    [LoggerMessage(3000, LogLevel.Information, "Knowledge content {Version} is in service ({ItemCount} items).")]
    public static partial void ContentLoaded(ILogger logger, string version, int itemCount);

    [LoggerMessage(3001, LogLevel.Information, "Watching {Path} for content changes.")]
    public static partial void Watching(ILogger logger, string path);

    [LoggerMessage(3002, LogLevel.Information, "Reloaded knowledge content: {Version} replaces {PreviousVersion} ({ItemCount} items).")]
    public static partial void ContentReloaded(ILogger logger, string version, string previousVersion, int itemCount);

    [LoggerMessage(3003, LogLevel.Error, "Rejected a content change with {ErrorCount} error(s); version {Version} stays in service.")]
    public static partial void ContentRejected(ILogger logger, int errorCount, string version);

    [LoggerMessage(3004, LogLevel.Error, "Content error: {Problem}")]
    public static partial void ContentProblem(ILogger logger, string problem);

    [LoggerMessage(3005, LogLevel.Error, "Reloading the knowledge content failed; the previous content stays in service.")]
    public static partial void ReloadFailed(ILogger logger, Exception exception);

    [LoggerMessage(3006, LogLevel.Warning, "Content warning: {Problem}")]
    public static partial void ContentWarning(ILogger logger, string problem);

    [LoggerMessage(3007, LogLevel.Debug, "Start-up: reading the content took {ReadMilliseconds} ms; start-up waited {WaitedMilliseconds} ms for it.")]
    public static partial void ContentReadTimed(ILogger logger, long readMilliseconds, long waitedMilliseconds);

    [LoggerMessage(3008, LogLevel.Debug, "Built the search index and the description reader of content {Version} in {ElapsedMilliseconds} ms.")]
    public static partial void WarmedUp(ILogger logger, string version, long elapsedMilliseconds);

    [LoggerMessage(3009, LogLevel.Error, "Building the search index or the description reader at start-up failed.")]
    public static partial void WarmUpFailed(ILogger logger, Exception exception);
}
