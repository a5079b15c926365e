namespace GuidanceBot.Dialogs.Protocol;

/// <summary>What a channel answers when it accepts an activity: the id it gave it.</summary>
public sealed record ResourceResponse(string Id);
