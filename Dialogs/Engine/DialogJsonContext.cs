using System.Text.Json.Serialization;

namespace GuidanceBot.Dialogs.Engine;

/// <summary>Source-generated JSON for dialog state: typed, reflection-free, and the same shape after any number of round trips.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(DialogState))]
public sealed partial class DialogJsonContext : JsonSerializerContext;
