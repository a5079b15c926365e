using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Dialogs.Turns;

/// <summary>
/// Holds a turn's outgoing activities until its state is saved. If the save loses an ETag race the turn
/// runs again on fresh state and the held activities are dropped, so the user never sees an answer built
/// on state that did not stick. The held list is the turn's one reply buffer: it goes to the channel as one batch.
/// </summary>
internal sealed class BufferingAdapter(ChannelCapabilities capabilities) : BotAdapter
{
    private static readonly ResourceResponse Held = new("");

    public List<Activity> Sent { get; } = [];

    /// <summary>Updates of earlier activities (a replaced card); most turns have none.</summary>
    public List<Activity>? Updates { get; private set; }

    /// <summary>The held turn behaves as the channel's own turn would.</summary>
    public override ChannelCapabilities CapabilitiesFor(Activity activity) => capabilities;

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        Sent.AddRange(activities);
        var held = new ResourceResponse[activities.Count];
        Array.Fill(held, Held);
        return Task.FromResult(held);
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        (Updates ??= []).Add(activity);
        return Task.FromResult(new ResourceResponse(activity.Id ?? ""));
    }
}
