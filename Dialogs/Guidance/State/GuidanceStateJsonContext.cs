using System.Text.Json.Serialization;

namespace GuidanceBot.Dialogs.Guidance.State;

/// <summary>Source-generated JSON for the conversation's stored state.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(ConversationData))]
public sealed partial class GuidanceStateJsonContext : JsonSerializerContext;
