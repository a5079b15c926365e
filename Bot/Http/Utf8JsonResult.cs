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
