using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Bot.Telemetry;

/// <summary>
/// The log scope of one turn: the hash of its conversation id (never the id), so a turn's log lines, its failure
/// included, can be told apart and joined without naming anyone.
/// </summary>
public static class ConversationLogScope
{
    private static readonly Func<ILogger, string, IDisposable?> Scope =
        LoggerMessage.DefineScope<string>("Conversation {ConversationHash}");

    public static string HashOf(Activity activity) =>
        activity.Conversation?.Id is { Length: > 0 } id ? ConversationHash.Of(id) : "";

    public static IDisposable? Begin(ILogger logger, string hash) => Scope(logger, hash);
}
