namespace GuidanceBot.Bot.Telemetry;

/// <summary>The <c>guidancebot.outcome</c> tag of a turn: a closed set, so dashboards can count on it.</summary>
public static class TurnOutcomes
{
    public const string Ok = "ok";

    /// <summary>The bot threw; the adapter's error policy answered the user and reset the dialog.</summary>
    public const string Failed = "failed";

    public const string Cancelled = "cancelled";
}
