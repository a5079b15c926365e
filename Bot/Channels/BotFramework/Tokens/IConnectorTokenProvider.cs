namespace GuidanceBot.Bot.Channels.BotFramework.Tokens;

/// <summary>The bearer token outbound Connector calls carry; null in anonymous mode (no AppId), where calls carry none.</summary>
public interface IConnectorTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A token other than <paramref name="rejectedToken"/> (after a 401): fetched anew unless another caller
    /// already replaced it, so concurrent 401s cause one fetch.
    /// </summary>
    ValueTask<string?> RefreshAsync(string rejectedToken, CancellationToken cancellationToken);
}
