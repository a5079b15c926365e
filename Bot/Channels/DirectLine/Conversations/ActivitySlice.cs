namespace GuidanceBot.Bot.Channels.DirectLine.Conversations;

/// <summary>Activities (raw JSON) read from a watermark on, and the watermark after the last of them.</summary>
public sealed record ActivitySlice(IReadOnlyList<ReadOnlyMemory<byte>> Activities, int Watermark);
