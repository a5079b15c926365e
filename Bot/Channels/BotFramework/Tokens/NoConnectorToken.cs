namespace GuidanceBot.Bot.Channels.BotFramework.Tokens;

/// <summary>Anonymous mode: replies go without an Authorization header (only a local harness accepts them).</summary>
public sealed class NoConnectorToken : IConnectorTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);

    public ValueTask<string?> RefreshAsync(string rejectedToken, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
