namespace GuidanceBot.Dialogs.Protocol;

/// <summary>The default turn context: addresses outgoing activities, then hands them to the adapter.</summary>
public sealed class TurnContext(BotAdapter adapter, Activity activity) : ITurnContext
{
    public BotAdapter Adapter { get; } = adapter;
    public Activity Activity { get; } = activity;
    public ChannelCapabilities Capabilities { get; } = adapter.CapabilitiesFor(activity);
    public bool Responded { get; private set; }
    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>(StringComparer.Ordinal);
    public InvokeResponse? InvokeResponse { get; set; }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses.Length > 0 ? responses[0] : new ResourceResponse("");
    }

    public async Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        foreach (var outgoing in activities)
        {
            Activity.ApplyConversationTo(outgoing);
        }

        var responses = await Adapter.SendActivitiesAsync(this, activities, cancellationToken).ConfigureAwait(false);
        if (activities.Any(a => !a.IsType(ActivityTypes.Trace) && !a.IsType(ActivityTypes.Typing)))
        {
            Responded = true;
        }

        return responses;
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        Activity.ApplyConversationTo(activity);
        return Adapter.UpdateActivityAsync(this, activity, cancellationToken);
    }
}
