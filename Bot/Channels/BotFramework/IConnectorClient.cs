using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Bot.Channels.BotFramework;

/// <summary>Outbound calls to a channel's Connector service (<c>{serviceUrl}/v3/conversations/...</c>).</summary>
public interface IConnectorClient
{
    /// <summary>Posts <paramref name="activity"/> to its conversation, as a reply when it has a <c>replyToId</c>.</summary>
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces the activity with id <c>activity.Id</c> (PUT).</summary>
    Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken);
}
