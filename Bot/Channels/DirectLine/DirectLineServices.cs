using GuidanceBot.Bot.Channels.DirectLine.Conversations;
using GuidanceBot.Bot.Channels.DirectLine.Streaming;
using GuidanceBot.Bot.Channels.DirectLine.Tokens;
using GuidanceBot.Bot.Channels.DirectLine.Limits;
using GuidanceBot.Knowledge;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.DirectLine;

/// <summary>What the Direct Line endpoints need, resolved once (singleton) so each handler takes one parameter for them.</summary>
public sealed class DirectLineServices(
    DirectLineAuthenticator authenticator,
    DirectLineTokens tokens,
    ConversationStore store,
    DirectLineAdapter adapter,
    DirectLineStream stream,
    DirectLineUrls urls,
    TimeProvider time,
    IOptions<BotOptions> botOptions,
    IOptions<DirectLineOptions> directLineOptions,
    IKnowledgeBaseProvider knowledge,
    ILoggerFactory loggerFactory)
{
    public DirectLineAuthenticator Authenticator { get; } = authenticator;
    public DirectLineTokens Tokens { get; } = tokens;
    public ConversationStore Store { get; } = store;
    public DirectLineAdapter Adapter { get; } = adapter;
    public DirectLineStream Stream { get; } = stream;
    public DirectLineUrls Urls { get; } = urls;
    public TimeProvider Time { get; } = time;
    public int MaxBodyBytes { get; } = botOptions.Value.MaxRequestBodyBytes;
    public DirectLineLimits Limits { get; } = directLineOptions.Value.Limits;
    public IKnowledgeBaseProvider Knowledge { get; } = knowledge;
    public ILogger Logger { get; } = loggerFactory.CreateLogger(typeof(DirectLineApi));

    /// <summary><c>expires_in</c> of a freshly issued token.</summary>
    public int LifetimeSeconds => (int)Tokens.Lifetime.TotalSeconds;
}
