using GuidanceBot.Bot.Http;
using GuidanceBot.Bot.Logging;

namespace GuidanceBot.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line's error answers, in the shared <c>{ "error": { "code", "message" } }</c> shape, each logged
/// (status and reason only). 403 for every token problem: DirectLineJS reads 403 as "token expired".
/// </summary>
public static class DirectLineErrors
{
    public const string TokenExpiredCode = "TokenExpired";

    public static IResult Reject(ILogger logger, int statusCode, string reason)
    {
        BotLog.DirectLineRequestRejected(logger, statusCode, reason);
        return ErrorBody.Result(statusCode, reason);
    }

    public static IResult TokenExpired(ILogger logger)
    {
        const string reason = "The token has expired; refresh it before it expires (tokens/refresh) or get a new one.";
        BotLog.DirectLineRequestRejected(logger, StatusCodes.Status403Forbidden, reason);
        return Results.Json(
            new ErrorBody(new ErrorDetail(TokenExpiredCode, reason)),
            HostJsonContext.Default.ErrorBody,
            statusCode: StatusCodes.Status403Forbidden);
    }

    public static IResult Disabled(ILogger logger) =>
        Reject(logger, StatusCodes.Status503ServiceUnavailable, "The embedded Direct Line is disabled: set DirectLine:Secret to enable it.");

    public static IResult WrongConversation(ILogger logger) =>
        Reject(logger, StatusCodes.Status403Forbidden, "The token belongs to another conversation.");

    public static IResult UnknownConversation(ILogger logger) =>
        Reject(logger, StatusCodes.Status404NotFound, "There is no such conversation (it may have ended or been deleted).");
}
