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

    /// <summary>Reads an activity; anything that is not one, invalid UTF-8 included, is a <see cref="JsonException"/>.</summary>
    public static Activity? DeserializeActivity(ReadOnlySpan<byte> utf8) =>
        // The serializer throws InvalidOperationException, not JsonException, on invalid UTF-8 inside an unknown
        // field's name (found by fuzzing, fuzz/README.md), so the bytes are checked first; it costs little.
        Utf8.IsValid(utf8)
            ? JsonSerializer.Deserialize(utf8, ProtocolJsonContext.Default.Activity)
            : throw new JsonException("The body is not valid UTF-8.");

    public static byte[] Serialize(Activity activity) =>
        JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJsonContext.Default.Activity);

    public static string SerializeToString(Activity activity) =>
        JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationReference))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;
