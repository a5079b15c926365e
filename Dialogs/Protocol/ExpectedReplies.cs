namespace GuidanceBot.Dialogs.Protocol;

/// <summary>The HTTP body for <c>deliveryMode: expectReplies</c>: every reply of the turn.</summary>
public sealed class ExpectedReplies
{
    public IReadOnlyList<Activity> Activities { get; set; } = [];

    /// <summary>
    /// Adds a batch of replies. A turn's replies usually come as one batch (the turn runner's held replies), which is
    /// kept as it is rather than copied; only a second batch (an error message after them) makes a new list.
    /// </summary>
    public void Add(IReadOnlyList<Activity> batch) =>
        Activities = Activities.Count == 0 ? batch : [.. Activities, .. batch];
}
