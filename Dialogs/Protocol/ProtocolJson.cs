using System.Text.Json;
using System.Text.Unicode;
using System.Text.Json.Serialization;

namespace GuidanceBot.Dialogs.Protocol;

/// <summary>
/// The one serializer setting for the wire: camelCase out, case-insensitive in, nulls omitted,
/// unknown fields kept (each type's extension data). Source-generated so the hot path does no reflection.
/// </summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options => ProtocolJsonContext.Default.Options;

    /// <summary>
    /// Reads an activity; anything that is not one is a <see cref="JsonException"/> (a 400 on both channels). Two
    /// inputs found by fuzzing (fuzz/README.md) made the serializer throw other exceptions: invalid UTF-8 inside an
    /// unknown field's name (InvalidOperationException; the bytes are checked first, which costs little) and a name
    /// twice in one object read as a JsonNode, e.g. a card press's value: it threw ArgumentException when the node
    /// was first used, in the turn, which failed and so reset the user's state. Duplicates are now refused here.
    /// </summary>
    public static Activity? DeserializeActivity(ReadOnlySpan<byte> utf8)
    {
        if (!Utf8.IsValid(utf8))
        {
            throw new JsonException("The body is not valid UTF-8.");
        }

        try
        {
            return JsonSerializer.Deserialize(utf8, ProtocolJsonContext.Default.Activity);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException("The activity names a property twice in one object.", exception);
        }
    }

    public static byte[] Serialize(Activity activity) =>
        JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJsonContext.Default.Activity);

    public static string SerializeToString(Activity activity) =>
        JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowDuplicateProperties = false)] // so a name twice is found while reading, not when a node is first used
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationReference))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;
