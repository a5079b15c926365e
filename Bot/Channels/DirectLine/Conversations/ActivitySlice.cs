using System.Text.Json;

namespace GuidanceBot.Bot.Channels.DirectLine.Conversations;

/// <summary>Activities read from a watermark on, and the watermark after the last of them.</summary>
public sealed record ActivitySlice(IReadOnlyList<JsonElement> Activities, int Watermark);
