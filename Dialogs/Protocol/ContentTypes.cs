namespace GuidanceBot.Dialogs.Protocol;

/// <summary>Attachment and invoke-response content types used on the wire.</summary>
public static class ContentTypes
{
    public const string AdaptiveCardContent = "application/vnd.microsoft.card.adaptive";
    public const string ActivityMessage = "application/vnd.microsoft.activity.message";
    public const string Error = "application/vnd.microsoft.error";
}
