namespace GuidanceBot.Dialogs.Turns;

/// <summary>Conversation state that remembers the activities it has run, so a redelivered one is skipped.</summary>
public interface IProcessedActivities
{
    /// <summary>Records an activity id; false when it was seen already (a retried delivery).</summary>
    bool MarkProcessed(string? activityId);
}
