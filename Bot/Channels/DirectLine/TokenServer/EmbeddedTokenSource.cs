using GuidanceBot.Bot.Channels.DirectLine.Tokens;
using GuidanceBot.Bot.Channels.DirectLine.Wire;

namespace GuidanceBot.Bot.Channels.DirectLine.TokenServer;

/// <summary>Embedded mode: what tokens/generate would answer, without an HTTP round trip.</summary>
public sealed class EmbeddedTokenSource(DirectLineSecret secret, DirectLineTokens tokens) : IPartnerTokenSource
{
    public Task<DirectLineConversation?> GenerateTokenAsync(string userId, IReadOnlyList<string> trustedOrigins, CancellationToken cancellationToken)
    {
        if (!secret.IsAvailable)
        {
            return Task.FromResult<DirectLineConversation?>(null);
        }

        var conversationId = DirectLineIds.NewConversationId();
        var token = tokens.Issue(conversationId, userId, trustedOrigins);
        return Task.FromResult<DirectLineConversation?>(new DirectLineConversation(conversationId, token, (int)tokens.Lifetime.TotalSeconds));
    }
}
