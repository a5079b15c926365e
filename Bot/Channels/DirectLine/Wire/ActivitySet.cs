using System.Text.Json;

namespace GuidanceBot.Bot.Channels.DirectLine.Wire;

/// <summary>
/// A batch of activities with the watermark after them, as GET activities returns it and as WebSocket frames
/// carry it. Activities stay raw JSON: they are stored and served exactly as they were when appended.
/// A frame without a watermark (typing) tells the client to keep the one it has.
/// </summary>
public sealed record ActivitySet(IReadOnlyList<JsonElement> Activities, string? Watermark);
