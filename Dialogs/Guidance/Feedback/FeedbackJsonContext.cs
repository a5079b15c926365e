using System.Text.Json.Serialization;

namespace GuidanceBot.Dialogs.Guidance.Feedback;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FeedbackSummary))]
public sealed partial class FeedbackJsonContext : JsonSerializerContext;
