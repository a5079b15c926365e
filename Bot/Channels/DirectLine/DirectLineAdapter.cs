using GuidanceBot.Bot.Channels.DirectLine.Conversations;
using GuidanceBot.Bot.Errors;
using GuidanceBot.Dialogs.Protocol;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.DirectLine;

/// <summary>
/// Runs Direct Line turns in process: the user's activity is first appended to the conversation's log (the
/// echo Web Chat waits for), then the bot runs, and everything it sends is appended with an id, <c>from</c> =
/// the bot and a timestamp. Typing goes to open streams only; traces are for emulators and are dropped.
/// </summary>
public sealed class DirectLineAdapter : BotAdapter
{
    public const string ChannelId = "directline";

    private readonly IBot _bot;
    private readonly ConversationStore _store;
    private readonly ConversationFeed _feed;
    private readonly TimeProvider _time;
    private readonly DirectLineOptions _options;

    public DirectLineAdapter(
        IBot bot,
        ConversationStore store,
        ConversationFeed feed,
        TimeProvider time,
        TurnErrorHandler errorHandler,
        IOptions<DirectLineOptions> options)
    {
        _bot = bot;
        _store = store;
        _feed = feed;
        _time = time;
        _options = options.Value;
        OnTurnError = errorHandler.HandleAsync;
    }

    public ChannelAccount BotAccount => new(_options.BotId, _options.BotName) { Role = "bot" };

    /// <summary>
    /// Web Chat never announces itself, so a new conversation gets one synthesised conversationUpdate (user and
    /// bot added) and the bot's welcome fires. Not stored: clients never see it, only its replies.
    /// </summary>
    public Task JoinAsync(ConversationRecord conversation, string? locale, string serviceUrl, CancellationToken cancellationToken)
    {
        var user = new ChannelAccount(conversation.UserId) { Role = "user" };
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            Timestamp = _time.GetUtcNow(),
            Conversation = new ConversationAccount(conversation.Id),
            From = user,
            Recipient = BotAccount,
            MembersAdded = [new ChannelAccount(conversation.UserId) { Role = "user" }, BotAccount],
            Locale = locale,
        };
        return RunPipelineAsync(new TurnContext(this, update), _bot.OnTurnAsync, cancellationToken);
    }

    /// <summary>
    /// Stamps the user's activity as Direct Line does (id, timestamp, channel, conversation, recipient, service
    /// URL; <c>channelData</c> untouched), appends it, then runs the turn. Returns the activity's id.
    /// </summary>
    public async Task<string> ReceiveAsync(Activity activity, string conversationId, string serviceUrl, CancellationToken cancellationToken)
    {
        Stamp(activity, conversationId, serviceUrl);
        var id = "";
        if (activity.IsType(ActivityTypes.Typing))
        {
            Publish(conversationId, activity);
        }
        else
        {
            id = (await _store.AppendAsync(conversationId, [activity], cancellationToken).ConfigureAwait(false))[0];
        }

        // The turn must finish even if the browser gives up waiting: a half-run turn is worse than a late one.
        await RunPipelineAsync(new TurnContext(this, activity), _bot.OnTurnAsync, CancellationToken.None).ConfigureAwait(false);
        return id;
    }

    /// <summary>
    /// A message longer than the bot reads: echoed cut to <paramref name="maxTextLength"/> characters (Web Chat
    /// waits for the echo, and storage should not hold the rest), then answered with <paramref name="reply"/>
    /// instead of a turn, so the dialog stays where it was. Returns the echo's id.
    /// </summary>
    public async Task<string> RefuseTooLongAsync(Activity activity, string conversationId, string serviceUrl, int maxTextLength, string reply, CancellationToken cancellationToken)
    {
        Stamp(activity, conversationId, serviceUrl);
        var cut = maxTextLength;
        if (char.IsHighSurrogate(activity.Text![cut - 1]))
        {
            cut--; // never split a character in two
        }

        activity.Text = activity.Text[..cut];
        var id = (await _store.AppendAsync(conversationId, [activity], cancellationToken).ConfigureAwait(false))[0];
        await new TurnContext(this, activity).SendActivityAsync(MessageFactory.Text(reply), CancellationToken.None).ConfigureAwait(false);
        return id;
    }

    private void Stamp(Activity activity, string conversationId, string serviceUrl)
    {
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Timestamp = _time.GetUtcNow();
        activity.Conversation = new ConversationAccount(conversationId);
        activity.Recipient = BotAccount;
        activity.Id = null;
    }

    public override ChannelCapabilities CapabilitiesFor(Activity activity) => ChannelCapabilities.WebChat;

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var conversationId = turnContext.Activity.Conversation!.Id;
        var responses = new ResourceResponse[activities.Count];
        var toStore = new List<Activity>(activities.Count);
        var storedAt = new List<int>(activities.Count);
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            responses[i] = new ResourceResponse("");
            if (activity.IsType(ActivityTypes.Trace))
            {
                continue;
            }

            activity.From = BotAccount;
            activity.Conversation = new ConversationAccount(conversationId);
            activity.ChannelId = ChannelId;
            activity.Timestamp = _time.GetUtcNow();
            if (activity.IsType(ActivityTypes.Typing))
            {
                Publish(conversationId, activity);
                continue;
            }

            toStore.Add(activity);
            storedAt.Add(i);
        }

        if (toStore.Count > 0)
        {
            var ids = await _store.AppendAsync(conversationId, toStore, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < ids.Length; i++)
            {
                responses[storedAt[i]] = new ResourceResponse(ids[i]);
            }
        }

        return responses;
    }

    private void Publish(string conversationId, Activity activity) =>
        _feed.Publish(conversationId, FeedEvent.Ephemeral(ProtocolJson.Serialize(activity)));
}
