namespace GuidanceBot.Dialogs.Guidance.Feedback;

/// <summary>Ratings per guidance item (pathway id), and the latest comments, for the content owners.</summary>
public sealed class FeedbackSummary
{
    public const int CommentsKept = 200;

    public Dictionary<string, ItemFeedback> Items { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The most recent comments, newest last; only the comment text itself, no names or ids.</summary>
    public List<FeedbackComment> Comments { get; set; } = [];
}

public sealed class ItemFeedback
{
    public int Likes { get; set; }
    public int Dislikes { get; set; }
    public int Comments { get; set; }
}

public sealed class FeedbackComment
{
    public DateTimeOffset At { get; set; }
    public string Reaction { get; set; } = "";
    public string Text { get; set; } = "";
    public List<string> Items { get; set; } = [];
}
