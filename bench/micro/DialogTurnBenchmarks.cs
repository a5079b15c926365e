using BenchmarkDotNet.Attributes;
using GuidanceBot.Bot.Hosting;
using GuidanceBot.Dialogs.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GuidanceBot.Bench.Micro;

/// <summary>
/// One dialog turn without HTTP or wire JSON: the bot as the application registers it (IBot, its dialogs, memory
/// storage), driven through a BotAdapter that only keeps the replies. One invocation walks a conversation through
/// the whole benchmark flow (six turns); the figure is per turn. Compare with <see cref="TurnBenchmarks"/> for what
/// the channel (HTTP body, JSON, auth, expectReplies) adds.
/// </summary>
[MemoryDiagnoser]
public class DialogTurnBenchmarks
{
    private const int Conversations = 1000;

    private WebApplication _app = null!;
    private IBot _bot = null!;
    private readonly RepliesAdapter _adapter = new();
    private int _next;
    private long _activityId;

    [GlobalSetup]
    public void Setup()
    {
        _app = BotApplication.Create(["--environment=Production"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["BotFrameworkAuth:AllowAnonymous"] = "true",
                ["DirectLine:Secret"] = "bench-micro",
                ["Storage:Provider"] = "Memory",
                ["Knowledge:ReloadOnChange"] = "false",
            });
            builder.Logging.ClearProviders();
        });
        _bot = _app.Services.GetRequiredService<IBot>();
        for (var step = 0; step < BenchData.Flow.Length; step++)
        {
            _adapter.Replies = 0;
            TurnAsync(0, step).GetAwaiter().GetResult();
            if (_adapter.Replies == 0)
            {
                throw new InvalidOperationException($"The bot did not reply to '{BenchData.Flow[step]}'.");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => (_app as IDisposable).Dispose();

    [Benchmark(OperationsPerInvoke = 6, Description = "one dialog turn of the whole flow")]
    public async Task WholeFlow()
    {
        var conversation = _next++ % Conversations;
        for (var step = 0; step < BenchData.Flow.Length; step++)
        {
            await TurnAsync(conversation, step);
        }
    }

    private Task TurnAsync(int conversation, int step)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = (++_activityId).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ChannelId = "msteams",
            ServiceUrl = "http://127.0.0.1:9/",
            From = new ChannelAccount { Id = "29:user-00001", Name = "Bench User" },
            Recipient = new ChannelAccount { Id = "28:bench-bot", Name = "BenchBot" },
            Conversation = new ConversationAccount { Id = $"a:dialog-{conversation:D5}", ConversationType = "personal" },
            Locale = "en-US",
            Text = BenchData.Flow[step],
            DeliveryMode = DeliveryModes.ExpectReplies,
        };
        return _adapter.RunPipelineAsync(new TurnContext(_adapter, activity), _bot.OnTurnAsync, CancellationToken.None);
    }

    /// <summary>Counts the replies instead of sending them anywhere.</summary>
    private sealed class RepliesAdapter : BotAdapter
    {
        public int Replies { get; set; }

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
        {
            Replies += activities.Count;
            return Task.FromResult(activities.Select(_ => new ResourceResponse("")).ToArray());
        }
    }
}
