using System.Text.Json;
using System.Text.Json.Serialization;

namespace GuidanceBot.Dialogs.Protocol;

/// <summary>
/// The one serializer setting for the wire: camelCase out, case-insensitive in, nulls omitted,
/// unknown fields kept (each type's extension data). Source-generated so the hot path does no reflection.
/// </summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options => ProtocolJsonContext.Default.Options;

    public static Activity? DeserializeActivity(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize(utf8, ProtocolJsonContext.Default.Activity);

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
