using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace GuidanceBot.Bot.Http;

/// <summary>
/// A JSON response serialised at once and written with its length. For the few kilobytes a turn answers with this
/// costs less than the framework's streaming JSON result (no resumable serialisation), and the client gets a
/// Content-Length. The bytes are serialised into a buffer kept per thread and copied straight into the response's
/// pipe, so a turn allocates no array for its body.
/// </summary>
public sealed class Utf8JsonResult<T>(T value, JsonTypeInfo<T> typeInfo, int statusCode = StatusCodes.Status200OK) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        var body = ThreadBuffer.Rent();
        try
        {
            using (var writer = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = typeInfo.Options.Encoder, SkipValidation = true }))
            {
                JsonSerializer.Serialize(writer, value, typeInfo);
            }

            response.ContentLength = body.WrittenCount;
            response.BodyWriter.Write(body.WrittenSpan);
        }
        finally
        {
            ThreadBuffer.Return(body);
        }

        var flush = response.BodyWriter.FlushAsync(httpContext.RequestAborted);
        return flush.IsCompletedSuccessfully ? Task.CompletedTask : flush.AsTask();
    }
}

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
