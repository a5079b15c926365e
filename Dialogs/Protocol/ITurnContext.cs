namespace GuidanceBot.Dialogs.Protocol;

/// <summary>One turn: the incoming activity and the way to answer it.</summary>
public interface ITurnContext
{
    BotAdapter Adapter { get; }

    Activity Activity { get; }

    /// <summary>What the channel behind this turn supports (from its adapter).</summary>
    ChannelCapabilities Capabilities { get; }

    /// <summary>True once anything was sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>Per-turn values set by middleware or the adapter (e.g. loaded state), keyed by type or name.</summary>
    IDictionary<string, object> TurnState { get; }

    /// <summary>Set by the bot for <c>invoke</c> activities; the adapter returns it as the HTTP response.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);

    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);
}
