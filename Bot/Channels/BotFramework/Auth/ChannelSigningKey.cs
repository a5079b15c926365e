using Microsoft.IdentityModel.Tokens;

namespace GuidanceBot.Bot.Channels.BotFramework.Auth;

/// <summary>One published signing key and the channels it may sign for (its JWKS <c>endorsements</c>).</summary>
public sealed record ChannelSigningKey(string KeyId, SecurityKey Key, IReadOnlyList<string> Endorsements);
