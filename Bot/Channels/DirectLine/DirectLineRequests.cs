using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GuidanceBot.Bot.Http;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Bot.Channels.DirectLine;

/// <summary>Reads Direct Line request bodies within the size limit: 413 before parsing, 415 for non-JSON, 400 for bad JSON.</summary>
public static class DirectLineRequests
{
    /// <summary>An optional JSON body: an empty body gives <c>default</c> and no error.</summary>
    public static async Task<(T? Value, IResult? Error)> ReadOptionalAsync<T>(HttpRequest request, JsonTypeInfo<T> typeInfo, int maxBytes, ILogger logger, CancellationToken cancellationToken)
        where T : class
    {
        var (body, error) = await ReadBytesAsync(request, maxBytes, logger, cancellationToken).ConfigureAwait(false);
        if (error is not null || body!.Length == 0)
        {
            return (null, error);
        }

        try
        {
            return (JsonSerializer.Deserialize(body, typeInfo), null);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.Reject(logger, StatusCodes.Status400BadRequest, "The body is not valid JSON."));
        }
    }

    /// <summary>A required activity: a JSON object with a <c>type</c>.</summary>
    public static async Task<(Activity? Value, IResult? Error)> ReadActivityAsync(HttpRequest request, int maxBytes, ILogger logger, CancellationToken cancellationToken)
    {
        var (body, error) = await ReadBytesAsync(request, maxBytes, logger, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, error);
        }

        try
        {
            var activity = body!.Length == 0 ? null : ProtocolJson.DeserializeActivity(body);
            return activity is { Type.Length: > 0 }
                ? (activity, null)
                : (null, DirectLineErrors.Reject(logger, StatusCodes.Status400BadRequest, "The body must be an activity with a 'type'."));
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.Reject(logger, StatusCodes.Status400BadRequest, "The body is not valid JSON."));
        }
    }

    private static async Task<(byte[]? Body, IResult? Error)> ReadBytesAsync(HttpRequest request, int maxBytes, ILogger logger, CancellationToken cancellationToken)
    {
        var tooLarge = $"The body is larger than {maxBytes} bytes.";
        if (request.ContentLength > maxBytes)
        {
            return (null, DirectLineErrors.Reject(logger, StatusCodes.Status413PayloadTooLarge, tooLarge));
        }

        var body = await RequestBody.ReadAsync(request, maxBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return (null, DirectLineErrors.Reject(logger, StatusCodes.Status413PayloadTooLarge, tooLarge));
        }

        if (body.Length > 0 && request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return (null, DirectLineErrors.Reject(logger, StatusCodes.Status415UnsupportedMediaType, "The body must be application/json."));
        }

        return (body, null);
    }
}
