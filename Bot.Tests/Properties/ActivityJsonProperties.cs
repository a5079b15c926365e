using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Properties;

/// <summary>
/// The activity JSON reader (<see cref="ProtocolJson"/>) meets anything a client can post. Its documented failure is
/// <see cref="JsonException"/> (both channels turn it into a 400); any other exception would be a 500.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed class ActivityJsonProperties
{
    private static readonly byte[] ValidActivity = Encoding.UTF8.GetBytes("""
        {"type":"message","id":"a1","timestamp":"2026-01-02T03:04:05.123Z","localTimestamp":"2026-01-02T05:04:05+02:00",
         "serviceUrl":"https://example.org/","channelId":"msteams","from":{"id":"u1","name":"N","role":"user"},
         "conversation":{"id":"c1","isGroup":false,"tenantId":"t"},"recipient":{"id":"b"},"text":"hello","locale":"fr-FR",
         "attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","body":[]}}],
         "entities":[{"type":"mention","text":"x"}],"membersAdded":[{"id":"u2"}],"value":{"verb":"pick","n":[1,2]},
         "channelData":{"clientActivityID":"z"},"suggestedActions":{"actions":[{"type":"imBack","title":"t","value":"v"}]},
         "unknownField":{"kept":true}}
        """);

    [Fact]
    public void InvalidUtf8InAnUnknownFieldsNameIsRefusedWithAJsonException()
    {
        // Found by the AFL++ run (fuzz/README.md): the serializer threw InvalidOperationException here, a 500.
        var body = Encoding.UTF8.GetBytes("{\"type\":\"invoke\",\"conversation\":{\"id\":\"a:1\",\"tenXXId\":\"t\"}}");
        body[Array.IndexOf(body, (byte)'X')] = 0xFF;
        body[Array.IndexOf(body, (byte)'X')] = 0x7F;

        Assert.Throws<JsonException>(() => ProtocolJson.DeserializeActivity(body));
    }

    [Fact]
    public void ANameTwiceInOneObjectIsRefusedWithAJsonException()
    {
        // Found by the AFL++ run: a card press with "verb" beside two "" keys threw ArgumentException when read.
        var body = Encoding.UTF8.GetBytes("{\"type\":\"message\",\"value\":{\"verb\":\"answer\",\"\":\"a\",\"\":\"b\"}}");

        Assert.Throws<JsonException>(() => ProtocolJson.DeserializeActivity(body));
    }

    [Fact]
    public void RandomBytesAreReadOrRefusedWithAJsonException() =>
        Gen.Byte.Array[0, 200].Sample(ReadsOrRefuses, iter: PropertyGens.Iterations);

    [Fact]
    public void AMutatedActivityIsReadOrRefusedWithAJsonException() =>
        PropertyGens.Mutated(ValidActivity).Sample(ReadsOrRefuses, iter: PropertyGens.Iterations);

    [Fact]
    public void AnyJsonValueIsReadOrRefusedWithAJsonException() =>
        PropertyGens.Json.Sample(
            node => ReadsOrRefuses(Encoding.UTF8.GetBytes(node?.ToJsonString() ?? "null")),
            iter: PropertyGens.Iterations,
            print: node => node?.ToJsonString() ?? "null");

    /// <summary>Every known field given a value of any JSON type, the way a confused client would.</summary>
    [Fact]
    public void AnActivityWithFieldsOfTheWrongTypeIsReadOrRefusedWithAJsonException()
    {
        var fields = JsonNode.Parse(ValidActivity)!.AsObject().Select(field => field.Key).ToArray();
        Gen.Select(Gen.OneOf(fields), PropertyGens.Json).Sample(
            (field, value) =>
            {
                var activity = JsonNode.Parse(ValidActivity)!.AsObject();
                activity[field] = value;
                ReadsOrRefuses(Encoding.UTF8.GetBytes(activity.ToJsonString()));
            },
            iter: PropertyGens.Iterations);
    }

    [Fact]
    public void AGeneratedActivitySurvivesARoundTrip() =>
        Activities.Sample(
            activity =>
            {
                var first = ProtocolJson.Serialize(activity);
                var read = ProtocolJson.DeserializeActivity(first)!;
                Assert.Equal(Encoding.UTF8.GetString(first), ProtocolJson.SerializeToString(read));
                Assert.Equal(activity.Type, read.Type);
                Assert.Equal(activity.Conversation?.Id, read.Conversation?.Id);
                Assert.Equal(activity.Timestamp, read.Timestamp);
                Assert.Equal(activity.Value?.ToJsonString(), read.Value?.ToJsonString());
            },
            iter: PropertyGens.Iterations,
            print: ProtocolJson.SerializeToString);

    private static void ReadsOrRefuses(byte[] body)
    {
        try
        {
            ProtocolJson.DeserializeActivity(body);
        }
        catch (JsonException)
        {
            // The documented refusal: the channel answers 400.
        }
    }

    /// <summary>Well-formed text only (no lone surrogates), so the round trip may demand exact equality.</summary>
    private static readonly Gen<string> WellFormed = PropertyGens.Text.Select(text => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)));

    private static readonly Gen<string?> OptionalText = Gen.Frequency((1, Gen.Const((string?)null)), (3, WellFormed.Select(text => (string?)text)));

    private static readonly Gen<ChannelAccount?> Account = Gen.Frequency(
        (1, Gen.Const((ChannelAccount?)null)),
        (3, Gen.Select(WellFormed, OptionalText, OptionalText).Select(parts => (ChannelAccount?)new ChannelAccount(parts.Item1, parts.Item2) { Role = parts.Item3 })));

    /// <summary>Millisecond-precise UTC instants: the wire form keeps up to 7 decimals, the offset becomes Z.</summary>
    private static readonly Gen<DateTimeOffset?> Timestamp = Gen.Frequency(
        (1, Gen.Const((DateTimeOffset?)null)),
        (3, Gen.Long[0, 253_402_300_799_999L].Select(ms => (DateTimeOffset?)DateTimeOffset.FromUnixTimeMilliseconds(ms))));

    private static readonly Gen<Activity> Activities =
        Gen.Select(
            Gen.OneOf(ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Invoke, ActivityTypes.Typing, "event"),
            Gen.Select(OptionalText, OptionalText, OptionalText, OptionalText),
            Gen.Select(Account, Account, WellFormed),
            Timestamp,
            Gen.Select(PropertyGens.Json, PropertyGens.Json, Account.List[0, 3]))
        .Select((type, text, accounts, timestamp, raw) => new Activity
        {
            Type = type,
            Id = text.Item1,
            Text = text.Item2,
            Locale = text.Item3,
            ServiceUrl = text.Item4,
            From = accounts.Item1,
            Recipient = accounts.Item2,
            Conversation = new ConversationAccount(accounts.Item3),
            Timestamp = timestamp,
            Value = raw.Item1,
            ChannelData = raw.Item2,
            MembersAdded = raw.Item3.Count == 0 ? null : [.. raw.Item3.Select(account => account ?? new ChannelAccount("m"))],
        });
}
