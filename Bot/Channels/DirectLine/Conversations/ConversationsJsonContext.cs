using System.Text.Json.Serialization;

namespace GuidanceBot.Bot.Channels.DirectLine.Conversations;

/// <summary>Source-generated JSON for what Direct Line stores about its conversations (same rules as the activity wire format).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationRecord))]
[JsonSerializable(typeof(RetentionBucket))]
[JsonSerializable(typeof(RetentionCursor))]
public sealed partial class ConversationsJsonContext : JsonSerializerContext;
