namespace GuidanceBot.Bot.Channels.DirectLine.TokenServer;

/// <summary>The optional body of <c>POST /api/directline/token</c>: the user id the page was given before, to keep it.</summary>
public sealed record PartnerTokenRequest(string? UserId);
