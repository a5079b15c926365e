namespace GuidanceBot.Dialogs.Protocol;

public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string ExpectReplies = "expectReplies";
}
