namespace GuidanceBot.Dialogs.Protocol;

/// <summary>The HTTP body for <c>deliveryMode: expectReplies</c>: every reply of the turn.</summary>
public sealed class ExpectedReplies
{
    public List<Activity> Activities { get; set; } = [];
}
