using System.Text.Json.Serialization;

namespace GuidanceBot.Bot.Http;

/// <summary>The JSON error shape of every API here, as the Connector uses it: <c>{ "error": { "code", "message" } }</c>.</summary>
public sealed record ErrorBody(ErrorDetail Error)
{
    public static IResult Result(int statusCode, string message) =>
        Results.Json(new ErrorBody(new ErrorDetail(ErrorCodes.For(statusCode), message)), HostJsonContext.Default.ErrorBody, statusCode: statusCode);
}

public sealed record ErrorDetail(string Code, string Message);

/// <summary>Stable error codes by HTTP status (messages may change; codes do not).</summary>
public static class ErrorCodes
{
    public static string For(int statusCode) => statusCode switch
    {
        400 => "BadArgument",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "NotFound",
        413 => "PayloadTooLarge",
        415 => "UnsupportedMediaType",
        429 => "TooManyRequests",
        _ => "ServiceError",
    };
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ErrorBody))]
public sealed partial class HostJsonContext : JsonSerializerContext;
