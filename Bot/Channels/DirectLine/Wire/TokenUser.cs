namespace GuidanceBot.Bot.Channels.DirectLine.Wire;

/// <summary>The user a token is generated for (<c>{ "id": "dl_...", "name": "..." }</c>).</summary>
public sealed record TokenUser(string? Id, string? Name = null);
