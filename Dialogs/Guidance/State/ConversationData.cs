using GuidanceBot.Dialogs.Engine;
using GuidanceBot.Dialogs.Turns;
using GuidanceBot.Knowledge.Context;

namespace GuidanceBot.Dialogs.Guidance.State;

/// <summary>
/// Everything the bot keeps about one conversation: the dialog stack, the answers (slot ids only: a typed
/// description is interpreted and then dropped), and what protects against double processing. This is the
/// whole of the conversation's stored state.
/// </summary>
public sealed class ConversationData : IProcessedActivities
{
    private const int RememberedActivityIds = 16;

    public DialogState Dialogs { get; set; } = new();

    /// <summary>Answers in the order they were given (so "back" can undo the latest).</summary>
    public List<SlotAnswerRecord> Answers { get; set; } = [];

    /// <summary>Questions the user could not answer after several tries; not asked again until "start over" or "change".</summary>
    public List<string> Skipped { get; set; } = [];

    /// <summary>The answers as they were when the user began changing one after seeing the guidance, to show what moved.</summary>
    public List<SlotAnswerRecord>? AnswersBeforeChange { get; set; }

    public bool Welcomed { get; set; }

    /// <summary>Ids of the latest incoming activities, so a channel's retry of one is answered once.</summary>
    public List<string> RecentActivityIds { get; set; } = [];

    /// <summary>Numbers cards so a press on an older card can be told from one on the live card.</summary>
    public int CardSequence { get; set; }

    /// <summary>The card that currently asks a question; presses on any other question card are stale.</summary>
    public string? LiveCardId { get; set; }

    /// <summary>The channel's id for the live card's message, so it can be replaced once answered.</summary>
    public string? LiveCardActivityId { get; set; }

    /// <summary>True after the guidance was shown: follow-ups (why, what if, examples) refer to it.</summary>
    public bool GuidanceShown { get; set; }

    /// <summary>The pathways the latest guidance ranked highest: what a rating of that guidance is about.</summary>
    public List<string> LastGuidanceItems { get; set; } = [];

    /// <summary>
    /// What the bot's last reply offered (an <see cref="Offers"/> id, never text), so a bare "yes" or "no" can
    /// answer it; the next turn clears it.
    /// </summary>
    public string? Offer { get; set; }

    /// <summary>
    /// The id of the country the user last named as where they work ("Gaziantep" → turkey), so the guidance and
    /// answers carry its legal notes. Only the id is kept, never the words typed.
    /// </summary>
    public string? Country { get; set; }

    /// <summary>
    /// The conversation's language, as the content names it ("fr", not "fr-FR"); null while it is the source language
    /// by default. A setting of the conversation, not an answer: starting over keeps it.
    /// </summary>
    public string? Language { get; set; }

    /// <summary>True once the user chose the language (command, name or card): the channel's locale no longer changes it.</summary>
    public bool LanguageChosen { get; set; }

    public GuidanceContext ToContext() => ToContext(Answers);

    public static GuidanceContext ToContext(IEnumerable<SlotAnswerRecord> answers)
    {
        var context = GuidanceContext.Empty;
        foreach (var answer in answers)
        {
            if (Slots.Find(answer.Slot) is not null)
            {
                context = context.With(answer.Slot, answer.Values.Where(value => Slots.IsValue(answer.Slot, value)).ToList());
            }
        }

        return context;
    }

    public SlotAnswerRecord? Answer(string slot) => Answers.Find(answer => answer.Slot == slot);

    public void SetAnswer(string slot, IReadOnlyList<string> values, string? answeredBy)
    {
        Answers.RemoveAll(answer => answer.Slot == slot);
        Answers.Add(new SlotAnswerRecord { Slot = slot, Values = [.. values], AnsweredBy = answeredBy });
    }

    public bool ClearAnswer(string slot)
    {
        Skipped.Remove(slot);
        return Answers.RemoveAll(answer => answer.Slot == slot) > 0;
    }

    /// <summary>Forgets every answer (start over), but not what protects against double processing.</summary>
    public void ClearAnswers()
    {
        Answers.Clear();
        Skipped.Clear();
        AnswersBeforeChange = null;
        GuidanceShown = false;
        Country = null;
    }

    /// <summary>Records an activity id; false when it was seen already (a retried delivery).</summary>
    public bool MarkProcessed(string? activityId)
    {
        if (string.IsNullOrEmpty(activityId))
        {
            return true;
        }

        if (RecentActivityIds.Contains(activityId))
        {
            return false;
        }

        RecentActivityIds.Add(activityId);
        if (RecentActivityIds.Count > RememberedActivityIds)
        {
            RecentActivityIds.RemoveAt(0);
        }

        return true;
    }

    public string NextCardId() => "c" + (++CardSequence).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
