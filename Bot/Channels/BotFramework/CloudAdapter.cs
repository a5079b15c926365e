using GuidanceBot.Bot.Channels.BotFramework.Auth;
using GuidanceBot.Bot.Errors;
using GuidanceBot.Bot.Http;
using GuidanceBot.Bot.Logging;
using GuidanceBot.Dialogs.Protocol;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.BotFramework;

/// <summary>
/// The adapter behind <c>POST /api/messages</c>: checks the request in the order protocol.md §2.2 gives
/// (content type, token format, size, token, JSON, binding), then runs the turn. Replies go to the
/// Connector, or into the HTTP body for <c>expectReplies</c>; invokes answer synchronously.
/// </summary>
public sealed class CloudAdapter : BotAdapter
{
    private const string ExpectedRepliesKey = "CloudAdapter.ExpectedReplies";

    private static readonly ResourceResponse NoId = new("");

    private readonly IBot _bot;
    private readonly IConnectorClient _connector;
    private readonly IChannelAuthenticator _authenticator;
    private readonly int _maxBodyBytes;
    private readonly ILogger<CloudAdapter> _logger;

    public CloudAdapter(
        IBot bot,
        IConnectorClient connector,
        IChannelAuthenticator authenticator,
        TurnErrorHandler errorHandler,
        IOptions<BotOptions> options,
        ILogger<CloudAdapter> logger)
    {
        _bot = bot;
        _connector = connector;
        _authenticator = authenticator;
        _maxBodyBytes = options.Value.MaxRequestBodyBytes;
        _logger = logger;
        OnTurnError = errorHandler.HandleAsync;
    }

    public async Task<IResult> ProcessAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
        {
            return Reject(StatusCodes.Status415UnsupportedMediaType, "The body must be application/json.");
        }

        if (request.ContentLength > _maxBodyBytes)
        {
            return Reject(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {_maxBodyBytes} bytes.");
        }

        var authentication = await _authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), cancellationToken);
        if (!authentication.Succeeded)
        {
            return Unauthorized(authentication.FailureReason ?? "The token was not accepted.");
        }

        var body = await RequestBody.ReadAsync(request, _maxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Reject(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {_maxBodyBytes} bytes.");
        }

        var activity = ParseActivity(body, out var parseError);
        if (activity is null)
        {
            return Reject(StatusCodes.Status400BadRequest, parseError!);
        }

        var forbidden = await _authenticator.AuthorizeAsync(authentication, activity, cancellationToken);
        if (forbidden is not null)
        {
            BotLog.RequestRejected(_logger, StatusCodes.Status403Forbidden, forbidden);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        return await RunTurnAsync(activity, cancellationToken);
    }

    /// <summary>Azure Bot Service serves several channels through one endpoint; the channel id says which.</summary>
    public override ChannelCapabilities CapabilitiesFor(Activity activity) => ChannelCapabilities.OfChannel(activity.ChannelId);

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Count];
        if (turnContext.TurnState.TryGetValue(ExpectedRepliesKey, out var value))
        {
            // The turn runner hands over its held replies as one batch; that batch becomes the body as it is.
            ((ExpectedReplies)value).Add(activities);
            Array.Fill(responses, NoId);
            return responses;
        }

        for (var i = 0; i < activities.Count; i++)
        {
            responses[i] = await _connector.SendAsync(activities[i], cancellationToken).ConfigureAwait(false);
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        _connector.UpdateAsync(activity, cancellationToken);

    private async Task<IResult> RunTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        var turn = new TurnContext(this, activity);
        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
        var replies = expectReplies ? new ExpectedReplies() : null;
        if (replies is not null)
        {
            turn.TurnState[ExpectedRepliesKey] = replies;
        }

        await RunPipelineAsync(turn, _bot.OnTurnAsync, cancellationToken);

        if (activity.IsType(ActivityTypes.Invoke))
        {
            var invoke = turn.InvokeResponse ?? InvokeResponse.NotImplemented;
            return invoke.Body is null
                ? Results.StatusCode(invoke.Status)
                : Results.Json(invoke.Body, statusCode: invoke.Status);
        }

        if (replies is not null)
        {
            return new Utf8JsonResult<ExpectedReplies>(replies, ProtocolJsonContext.Default.ExpectedReplies);
        }

        return Results.Ok();
    }

    private static Activity? ParseActivity(byte[] body, out string? error)
    {
        error = null;
        try
        {
            var activity = ProtocolJson.DeserializeActivity(body);
            error = activity switch
            {
                null => "The body must be a JSON object (an activity).",
                { Type.Length: 0 } => "The activity has no 'type'.",
                { Conversation: null } or { Conversation.Id.Length: 0 } => "The activity has no 'conversation.id'.",
                _ => null,
            };
            return error is null ? activity : null;
        }
        catch (System.Text.Json.JsonException)
        {
            error = "The body is not valid JSON.";
            return null;
        }
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);

    private IResult Reject(int statusCode, string reason)
    {
        BotLog.RequestRejected(_logger, statusCode, reason);
        return ErrorBody.Result(statusCode, reason);
    }

    private IResult Unauthorized(string reason)
    {
        BotLog.RequestRejected(_logger, StatusCodes.Status401Unauthorized, reason);
        return new UnauthorizedBearerResult();
    }
}
