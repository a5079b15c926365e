namespace GuidanceBot.Bot.Channels.DirectLine.Wire;

/// <summary>
/// The optional body of tokens/generate and of POST conversations (DirectLineJS sends <c>{ user: { id }, locale }</c>
/// there); also what the token server sends to Azure's tokens/generate.
/// </summary>
public sealed record TokenParameters(TokenUser? User = null, IReadOnlyList<string>? TrustedOrigins = null, string? Locale = null);
