namespace GuidanceBot.Dialogs.Protocol;

/// <summary>Shortcuts for the outgoing messages the bot sends most.</summary>
public static class MessageFactory
{
    public static Activity Text(string text, string? textFormat = "markdown") => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = textFormat,
    };

    public static Activity Attachment(Attachment attachment, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Attachments = [attachment],
    };

    public static Activity Typing() => new() { Type = ActivityTypes.Typing };
}
