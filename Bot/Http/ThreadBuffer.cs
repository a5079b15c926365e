using System.Buffers;

namespace GuidanceBot.Bot.Http;

/// <summary>One growable buffer per thread for serialising response bodies, used and handed back before any await.</summary>
internal static class ThreadBuffer
{
    /// <summary>A buffer grown beyond this by an unusually large body is dropped rather than kept by the thread.</summary>
    private const int KeepUpTo = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    public static ArrayBufferWriter<byte> Rent()
    {
        var buffer = _buffer ?? new ArrayBufferWriter<byte>(16 * 1024);
        _buffer = null; // a nested use on the same thread gets its own
        return buffer;
    }

    public static void Return(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity <= KeepUpTo)
        {
            buffer.ResetWrittenCount();
            _buffer = buffer;
        }
    }
}
