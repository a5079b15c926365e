using GuidanceBot.Bot.Channels.DirectLine.Wire;

namespace GuidanceBot.Bot.Channels.DirectLine.TokenServer;

/// <summary>Where partner tokens come from: the embedded Direct Line or Azure's (<see cref="DirectLineOptions.Mode"/>).</summary>
public interface IPartnerTokenSource
{
    /// <summary>A token for one new conversation bound to <paramref name="userId"/>; null when the source is unavailable (already logged).</summary>
    Task<DirectLineConversation?> GenerateTokenAsync(string userId, IReadOnlyList<string> trustedOrigins, CancellationToken cancellationToken);
}
