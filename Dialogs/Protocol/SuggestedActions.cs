namespace GuidanceBot.Dialogs.Protocol;

/// <summary>Quick replies shown under a message (Teams: personal chat, <c>imBack</c> only).</summary>
public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];
}
