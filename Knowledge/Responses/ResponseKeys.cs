namespace GuidanceBot.Knowledge.Responses;

/// <summary>
/// Response keys the code relies on. The validator refuses content that lacks any of them, so a missing sentence is
/// caught when content is edited, not when a user reaches it.
/// </summary>
public static class ResponseKeys
{
    public const string WelcomeTitle = "welcome.title";
    public const string WelcomeBody = "welcome.body";
    public const string WelcomePrivacy = "welcome.privacy";
    public const string WelcomeStart = "welcome.start";
    public const string WelcomeStartButton = "welcome.startButton";
    public const string ReplyComingSoon = "reply.comingSoon";
    public const string ErrorTurn = "error.turn";
    public const string ExampleReason = "guidance.exampleReason";
    public const string LegalCheckLocally = "legal.checkLocally";
    public const string EvidencePrefix = "evidence.";

    public static readonly IReadOnlyList<string> Required =
    [
        WelcomeTitle, WelcomeBody, WelcomePrivacy, WelcomeStart, WelcomeStartButton, ReplyComingSoon, ErrorTurn,
        ExampleReason, LegalCheckLocally,
        "help.main", "help.commands", "question.retry", "restart.done", "cancel.done", "privacy.deleted", "fallback.notUnderstood",
        "guidance.intro", "guidance.sharpen", "guidance.noPathway", "search.noResults",
        EvidencePrefix + "R", EvidencePrefix + "S", EvidencePrefix + "D", EvidencePrefix + "X", EvidencePrefix + "AUTH",
    ];

    /// <summary>Global commands whose trigger words must be defined under <c>commands:</c>.</summary>
    public static readonly IReadOnlyList<string> RequiredCommands = ["help", "restart", "start", "cancel", "change", "deleteData"];
}
