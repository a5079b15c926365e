using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace GuidanceBot.Tests.Properties;

/// <summary>
/// Generators the property tests share: text that looks like what users and clients send (including accents,
/// emoji, control characters and JSON syntax), arbitrary JSON trees, and mutations of a valid input.
/// </summary>
public static class PropertyGens
{
    /// <summary>Iterations per property: enough to find shallow bugs, few enough that each runs in about a second.</summary>
    public const long Iterations = 2000;

    /// <summary>Seconds for the properties whose single check is costly (a whole content load, a long sentence), instead of a count.</summary>
    public const int Seconds = 2;

    /// <summary>Characters chosen to hit parsers' edges: JSON and YAML syntax, whitespace, digits, accents, non-Latin script.</summary>
    private const string Interesting = "abcxyzABCZ019 -_.,;:'\"{}[]#&*!|>%@`\\/\t\n\r\0éçñüßøİıΣσ中文عربي";

    public static readonly Gen<char> Char = Gen.Frequency(
        (6, Gen.Char[Interesting]),
        (2, Gen.Char['\u0020', '\u007e']),
        (1, Gen.Char));

    public static readonly Gen<string> Text = Gen.Frequency(
        (8, Gen.String[Char, 0, 40]),
        (1, Gen.Const("")),
        (1, Gen.OneOf("😀 emoji", "\ud83d", "e\u0301", "Ⅻ", "٣", "   ", "null", "-1", "2147483648", "1e3")));

    // Declared before Json: static fields initialise in order.
    private static readonly Gen<string> Key = Gen.Frequency(
        (3, Gen.OneOf("type", "id", "text", "value", "verb", "timestamp", "from", "conversation", "attachments",
            "membersAdded", "channelData", "msteams", "action", "data", "content", "entities", "suggestedActions", "locale")),
        (1, Gen.String[Char, 0, 8]));

    /// <summary>Any JSON value, nested up to a few levels, with keys that sometimes collide with activity fields.</summary>
    public static readonly Gen<JsonNode?> Json = Node(3);

    private static Gen<JsonNode?> Node(int depth)
    {
        var leaf = Gen.Frequency(
            (1, Gen.Const((JsonNode?)null)),
            (2, Text.Select(text => (JsonNode?)JsonValue.Create(text))),
            (1, Gen.Bool.Select(flag => (JsonNode?)JsonValue.Create(flag))),
            (1, Gen.Long.Select(number => (JsonNode?)JsonValue.Create(number))),
            (1, Gen.Double.Where(double.IsFinite).Select(number => (JsonNode?)JsonValue.Create(number))));
        if (depth == 0)
        {
            return leaf;
        }

        var inner = Node(depth - 1);
        var array = inner.List[0, 4].Select(items => (JsonNode?)new JsonArray([.. items]));
        var obj = Gen.Select(Key, inner).List[0, 5].Select(fields =>
        {
            var result = new JsonObject();
            foreach (var (name, value) in fields)
            {
                result[name] = value;
            }

            return (JsonNode?)result;
        });
        return Gen.Frequency((3, leaf), (1, array), (2, obj));
    }

    /// <summary>A valid input broken the ways files and requests break: truncated, bytes flipped, bytes inserted or dropped.</summary>
    public static Gen<byte[]> Mutated(byte[] original) => Gen.Frequency(
        (1, Gen.Int[0, original.Length].Select(length => original[..length])),
        (2, Gen.Select(Gen.Int[0, original.Length - 1], Gen.Byte).Array[1, 4].Select(flips =>
        {
            var copy = original.ToArray();
            foreach (var (at, value) in flips)
            {
                copy[at] = value;
            }

            return copy;
        })),
        (1, Gen.Select(Gen.Int[0, original.Length], Text).Select(insert =>
            (byte[])[.. original[..insert.Item1], .. Encoding.UTF8.GetBytes(insert.Item2), .. original[insert.Item1..]])),
        (1, Gen.Select(Gen.Int[0, original.Length - 1], Gen.Int[1, 16]).Select(cut =>
            (byte[])[.. original[..cut.Item1], .. original[Math.Min(original.Length, cut.Item1 + cut.Item2)..]])));
}
