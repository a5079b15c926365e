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
    public const string ErrorTurn = "error.turn";
    public const string ExampleReason = "guidance.exampleReason";
    public const string LegalCheckLocally = "legal.checkLocally";
    public const string EvidencePrefix = "evidence.";

    /// <summary>The word that joins two answers in a reason ("and", "et", "y", "و").</summary>
    public const string ListAnd = "list.and";

    public static readonly IReadOnlyList<string> Required =
    [
        WelcomeTitle, WelcomeBody, WelcomePrivacy, WelcomeStart, WelcomeStartButton, ErrorTurn,
        ExampleReason, LegalCheckLocally, ListAnd,
        "help.main", "help.commands", "question.retry", "restart.done", "cancel.done", "privacy.deleted", "fallback.notUnderstood",
        "guidance.intro", "guidance.sharpen", "guidance.noPathway", "search.noResults",

        // The guided conversation (Dialogs/Guidance, Dialogs/Cards).
        "action.ask", "action.done", "action.examples", "action.startOver", "action.whatIf", "action.why",
        "answer.by", "answer.changeWhich", "answer.noted", "answer.yours", "ask.prompt", "back.nothing", "card.stale",
        "error.concurrentTurn", "examples.none", "examples.title", "greeting.hello", "greeting.returning",
        "guidance.advice", "guidance.nextSteps", "guidance.pathways", "guidance.pitfalls", "guidance.ruledOut",
        "question.progress", "question.retryTooMany", "search.resultSource",
        "summary.changeNamed", "summary.notAnswered", "summary.title", "understood.intro",
        "whatIf.added", "whatIf.apply", "whatIf.instructions", "whatIf.intro", "whatIf.nothingChanged",
        "whatIf.pathwayDown", "whatIf.pathwayUp", "whatIf.removed", "whatIf.same", "whatIf.title", "why.intro", "why.none",
        "feedback.question", "feedback.commentLabel", "feedback.like", "feedback.dislike", "feedback.thanks", "invoke.received", "error.storageUnavailable", "error.messageTooLong",
        "offer.start", "offer.resume", "offer.carryOnButton", "offer.examples", "offer.whatIf", "offer.declined",
        "offer.declinedAfterGuidance", "offer.none", "offer.noneAfterGuidance",
        "language.name", "language.prompt", "language.changed", "language.button",
        EvidencePrefix + "R", EvidencePrefix + "S", EvidencePrefix + "D", EvidencePrefix + "X", EvidencePrefix + "AUTH", EvidencePrefix + "B",
    ];

    /// <summary>Global commands whose trigger words must be defined under <c>commands:</c>.</summary>
    public static readonly IReadOnlyList<string> RequiredCommands =
        ["help", "restart", "start", "cancel", "change", "deleteData", "back", "summary", "ask", "examples", "whatIf", "why", "greet",
         "accept", "decline", "legalNotes", "language"];
}
