using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace GuidanceBot.Bot.Http;

/// <summary>
/// A JSON response serialised at once into one array and written with its length. For the few kilobytes a turn
/// answers with this costs less than the framework's streaming JSON result (no resumable serialisation), and
/// the client gets a Content-Length.
/// </summary>
public sealed class Utf8JsonResult<T>(T value, JsonTypeInfo<T> typeInfo, int statusCode = StatusCodes.Status200OK) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
