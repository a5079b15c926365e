using System.Text.Json.Nodes;
using GuidanceBot.Dialogs;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.Support;

/// <summary>
/// The real guidance bot (shipped content, real dialogs, memory storage) driven without HTTP: say or press
/// something, get the replies of that turn. Remembers the live question card so presses can target it.
/// </summary>
public sealed class GuidanceTestClient
{
    private readonly IBot _bot;
    private int _activityNumber;

    public GuidanceTestClient(string channelId = "directline", IStorage? storage = null, bool isGroup = false, KnowledgeBase? knowledge = null)
    {
        Storage = storage ?? new MemoryStorage();
        var services = new ServiceCollection();
        services.AddSingleton(Storage);
        services.AddSingleton<IKnowledgeBaseProvider>(new KnowledgeBaseProvider(knowledge ?? ShippedContent.KnowledgeBase));
        services.AddGuidanceDialogs();
        _bot = services.BuildServiceProvider().GetRequiredService<IBot>();
        Adapter = new TestAdapter { ChannelId = channelId };
        IsGroup = isGroup;
    }

    public TestAdapter Adapter { get; }

    public IStorage Storage { get; }

    public bool IsGroup { get; }

    /// <summary>The <c>card</c> id of the latest question card the bot sent (what a press on the live card carries).</summary>
    public string? LiveCardId { get; private set; }

    public List<string> SeenCardIds { get; } = [];

    /// <summary>The <c>locale</c> every activity carries, as a channel sends it (Teams: the user's; Web Chat: the page's); null keeps the adapter's en-US.</summary>
    public string? Locale { get; set; }

    public Task<IReadOnlyList<Activity>> SayAsync(string text, string userName = "User") =>
        RunAsync(Make(text, null, userName));

    public Task<IReadOnlyList<Activity>> PressAsync(JsonObject data, string userName = "User") =>
        RunAsync(Make(null, data, userName));

    public Task<IReadOnlyList<Activity>> JoinAsync()
    {
        var join = Make(null, null, "User");
        join.Type = ActivityTypes.ConversationUpdate;
        join.MembersAdded = [new ChannelAccount("user-1"), new ChannelAccount("bot")];
        return RunAsync(join);
    }

    public Task<IReadOnlyList<Activity>> RunAsync(Activity activity) => RunAsync(activity, _bot);

    private async Task<IReadOnlyList<Activity>> RunAsync(Activity activity, IBot bot)
    {
        while (Adapter.Replies.TryDequeue(out _))
        {
        }

        await Adapter.ProcessActivityAsync(activity, bot.OnTurnAsync);
        var replies = Adapter.Replies.ToList();
        foreach (var reply in replies)
        {
            foreach (var cardId in QuestionCardIds(reply))
            {
                LiveCardId = cardId;
                SeenCardIds.Add(cardId);
            }
        }

        return replies;
    }

    public Activity Make(string? text, JsonObject? value, string userName)
    {
        var activity = Adapter.MakeActivity(text);
        activity.Id = "in-" + Interlocked.Increment(ref _activityNumber);
        activity.Value = value;
        activity.Locale = Locale ?? activity.Locale;
        activity.From = new ChannelAccount(IsGroup ? "user-" + userName : "user-1", userName);
        if (IsGroup)
        {
            activity.Conversation!.IsGroup = true;
            activity.Conversation.ConversationType = "groupChat";
        }

        return activity;
    }

    /// <summary>The card ids that question cards in <paramref name="reply"/> carry on their answer buttons.</summary>
    public static IEnumerable<string> QuestionCardIds(Activity reply) =>
        (reply.Attachments ?? [])
            .Select(attachment => attachment.Content?["actions"] as JsonArray)
            .Where(actions => actions is not null)
            .SelectMany(actions => actions!)
            .Select(action => action?["data"]?["card"]?.GetValue<string>())
            .Where(id => id is not null)
            .Distinct()
            .Select(id => id!);

    /// <summary>All text the user sees in a reply: its text, and every string inside its cards.</summary>
    public static string VisibleText(Activity reply)
    {
        var parts = new List<string>();
        if (reply.Text is not null)
        {
            parts.Add(reply.Text);
        }

        foreach (var attachment in reply.Attachments ?? [])
        {
            Collect(attachment.Content, parts);
        }

        return string.Join("\n", parts);
    }

    private static void Collect(JsonNode? node, List<string> parts)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name is "text" or "title" or "label" or "fallbackText" && value is JsonValue text && text.TryGetValue<string>(out var s))
                    {
                        parts.Add(s);
                    }
                    else
                    {
                        Collect(value, parts);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, parts);
                }

                break;
        }
    }
}
