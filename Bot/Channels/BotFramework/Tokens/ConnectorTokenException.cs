namespace GuidanceBot.Bot.Channels.BotFramework.Tokens;

/// <summary>No token could be had for the Connector. The message names the cause, never a secret.</summary>
public sealed class ConnectorTokenException(string message, Exception? inner = null) : Exception(message, inner);
