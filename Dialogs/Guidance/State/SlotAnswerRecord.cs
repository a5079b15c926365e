namespace GuidanceBot.Dialogs.Guidance.State;

/// <summary>
/// One answered question: the slot, its value ids, and in group conversations the display name of whoever
/// answered (shown to the group; kept only there, and only as long as the conversation's state).
/// </summary>
public sealed class SlotAnswerRecord
{
    public string Slot { get; set; } = "";
    public List<string> Values { get; set; } = [];
    public string? AnsweredBy { get; set; }
}
