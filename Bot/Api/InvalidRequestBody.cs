using GuidanceBot.Bot.Http;
using GuidanceBot.Knowledge.Context;

namespace GuidanceBot.Bot.Api;

/// <summary>The 400 answer of the knowledge API: the usual error shape plus every field that was refused and why.</summary>
public sealed record InvalidRequestBody(ErrorDetail Error, IReadOnlyList<InvalidField> InvalidFields)
{
    public static IResult Result(string message, IReadOnlyList<InvalidField> invalidFields) =>
        Results.Json(
            new InvalidRequestBody(new ErrorDetail(ErrorCodes.For(StatusCodes.Status400BadRequest), message), invalidFields),
            KnowledgeApiJsonContext.Default.InvalidRequestBody,
            statusCode: StatusCodes.Status400BadRequest);
}
