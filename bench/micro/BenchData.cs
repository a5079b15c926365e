using System.Text;
using GuidanceBot.Dialogs.Engine.Recognizers;
using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Loading;

namespace GuidanceBot.Bench.Micro;

/// <summary>What every benchmark shares: the shipped content (loaded once) and the Teams-shaped activity of bench/run.sh.</summary>
public static class BenchData
{
    private static readonly Lazy<KnowledgeBase> LazyKnowledge = new(() =>
    {
        var result = KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "Content"));
        return result.KnowledgeBase ?? throw new InvalidOperationException(result.Report.ToString());
    });

    public static KnowledgeBase Knowledge => LazyKnowledge.Value;

    /// <summary>The benchmark's flow by typed text (bench/run.sh BENCH_FLOW): restart, five answers, guidance.</summary>
    public static readonly string[] Flow = ["start over", "mixed", "can join", "new", "jobs", "ngo"];

    private const string IdPrefix = "{\"type\":\"message\",\"id\":\"";
    private const int IdDigits = 16;

    /// <summary>
    /// A message activity as Teams sends it (~750 bytes), as the wrk script sends it. Its id is 16 digits that
    /// <see cref="StampId"/> rewrites in place, because the bot skips an id it has already seen in a conversation.
    /// </summary>
    public static byte[] TeamsMessage(string conversationId, string text) => Encoding.UTF8.GetBytes(
        IdPrefix + new string('0', IdDigits) + "\",\"timestamp\":\"2025-01-01T12:00:00.000Z\","
        + "\"localTimestamp\":\"2025-01-01T13:00:00.000+01:00\",\"serviceUrl\":\"http://127.0.0.1:9/\",\"channelId\":\"msteams\","
        + "\"from\":{\"id\":\"29:user-00001\",\"name\":\"Bench User 00001\",\"aadObjectId\":\"00000000-0000-0000-0000-000000000001\"},"
        + "\"conversation\":{\"conversationType\":\"personal\",\"tenantId\":\"11111111-1111-1111-1111-111111111111\",\"id\":\"a:" + conversationId + "\"},"
        + "\"recipient\":{\"id\":\"28:bench-bot\",\"name\":\"BenchBot\"},\"textFormat\":\"plain\",\"locale\":\"en-US\","
        + "\"text\":\"" + text + "\",\"deliveryMode\":\"expectReplies\","
        + "\"entities\":[{\"locale\":\"en-US\",\"country\":\"US\",\"platform\":\"Web\",\"timezone\":\"Europe/Berlin\",\"type\":\"clientInfo\"}],"
        + "\"channelData\":{\"tenant\":{\"id\":\"11111111-1111-1111-1111-111111111111\"},\"source\":{\"name\":\"bench\"}}}");

    /// <summary>Writes <paramref name="id"/> as the activity id of a <see cref="TeamsMessage"/> body, without allocating.</summary>
    public static void StampId(byte[] body, long id)
    {
        for (var i = IdPrefix.Length + IdDigits - 1; i >= IdPrefix.Length; i--, id /= 10)
        {
            body[i] = (byte)('0' + (id % 10));
        }
    }

    /// <summary>A question's options as a choice prompt sees them.</summary>
    public static List<Choice> Choices(string slot) =>
    [
        .. Knowledge.Questions.Get(slot).Options.Select(option => new Choice
        {
            Value = option.Value,
            Title = option.Label,
            Synonyms = [.. option.Synonyms],
        }),
    ];
}
