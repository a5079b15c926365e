using System.Collections.Concurrent;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Tests.Support;

/// <summary>A channel with no HTTP: turns run in-process and replies queue up for assertions.</summary>
public sealed class TestAdapter : BotAdapter
{
    private int _nextId;

    public ConcurrentQueue<Activity> Replies { get; } = new();

    public string ChannelId { get; init; } = "test";

    public string ConversationId { get; init; } = "conversation-1";

    public Activity MakeActivity(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ChannelId = ChannelId,
        ServiceUrl = "https://test.invalid",
        From = new ChannelAccount("user-1", "User"),
        Recipient = new ChannelAccount("bot", "Bot"),
        Conversation = new ConversationAccount(ConversationId),
        Locale = "en-US",
        Text = text,
    };

    public async Task<ITurnContext> ProcessActivityAsync(Activity activity, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken = default)
    {
        var turn = new TurnContext(this, activity);
        await RunPipelineAsync(turn, callback, cancellationToken);
        return turn;
    }

    /// <summary>Tests pick a channel's behaviour by its id, as Azure Bot Service's channels are told apart.</summary>
    public override ChannelCapabilities CapabilitiesFor(Activity activity) => ChannelCapabilities.OfChannel(activity.ChannelId);

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            activities[i].Id ??= "reply-" + Interlocked.Increment(ref _nextId);
            Replies.Enqueue(activities[i]);
            responses[i] = new ResourceResponse(activities[i].Id!);
        }

        return Task.FromResult(responses);
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        Replies.Enqueue(activity);
        return Task.FromResult(new ResourceResponse(activity.Id ?? ""));
    }

    public Activity NextReply() =>
        Replies.TryDequeue(out var reply) ? reply : throw new Xunit.Sdk.XunitException("Expected a reply from the bot, but there was none.");
}
