using BenchmarkDotNet.Attributes;
using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Cards.AdaptiveCards;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Bench.Micro;

/// <summary>The wire: an incoming Teams message read, and the expectReplies body written (a text and a card reply).</summary>
[MemoryDiagnoser]
public class ActivityJsonBenchmarks
{
    private byte[] _incoming = [];
    private ExpectedReplies _replies = new();

    [GlobalSetup]
    public void Setup()
    {
        _incoming = BenchData.TeamsMessage("conv-00001", "can join");
        var incoming = ProtocolJson.DeserializeActivity(_incoming)!;
        var text = incoming.CreateReply("Are you starting something new, or working with a cooperative that already exists?");
        var card = incoming.CreateReply();
        card.Attachments = [AdaptiveCardJson.ToAttachment(WelcomeCard.Build(BenchData.Knowledge.Responses))];
        _replies = new ExpectedReplies { Activities = [text, card] };
    }

    [Benchmark]
    public Activity? DeserializeTeamsMessage() => ProtocolJson.DeserializeActivity(_incoming);

    [Benchmark]
    public byte[] SerializeExpectedReplies() =>
        System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(_replies, ProtocolJsonContext.Default.ExpectedReplies);
}
