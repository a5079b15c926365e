using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using GuidanceBot.Bot.Channels.DirectLine.Conversations;
using GuidanceBot.Bot.Channels.DirectLine.Limits;
using GuidanceBot.Bot.Channels.DirectLine.Tokens;
using GuidanceBot.Bot.Channels.DirectLine.Wire;
using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Bot.Channels.DirectLine;

/// <summary>
/// The embedded Direct Line 3.0 service under <c>/v3/directline</c>, handlers named after the operationIds of
/// directline-3.0.json. Every call checks, in order: the bearer (403), the conversation id's shape (404), the
/// token's conversation (403), that the conversation exists (404), then the body (413, 415, 400).
/// </summary>
public static class DirectLineApi
{
    public const string MessageTooLongKey = "error.messageTooLong";

    public static IEndpointRouteBuilder MapDirectLineApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(DirectLineUrls.BasePath).RequireCors(DirectLineHosting.CorsPolicy);
        group.MapPost("tokens/generate", Tokens_GenerateTokenForNewConversation);
        group.MapPost("tokens/refresh", Tokens_RefreshToken);
        group.MapPost("conversations", Conversations_StartConversation).WithMetadata(new DirectLineLimitMetadata(DirectLineLimitKind.ConversationStart));
        group.MapGet("conversations/{conversationId}", Conversations_ReconnectToConversation);
        group.MapGet("conversations/{conversationId}/activities", Conversations_GetActivities);
        group.MapPost("conversations/{conversationId}/activities", Conversations_PostActivity).WithMetadata(new DirectLineLimitMetadata(DirectLineLimitKind.ActivityPost));
        group.Map("conversations/{conversationId}/stream", Conversations_Stream) // any method: HTTP/2 WebSockets use CONNECT
            .WithMetadata(new DirectLineLimitMetadata(DirectLineLimitKind.Stream));
        return endpoints;
    }

    /// <summary>Secret only. Allocates a conversation id and a token bound to it and to the user (generated when not given).</summary>
    private static async Task<IResult> Tokens_GenerateTokenForNewConversation(HttpRequest request, DirectLineServices dl, CancellationToken cancellationToken)
    {
        if (!dl.Authenticator.TryAuthenticate(request, null, out var caller, out var failure))
        {
            return failure;
        }

        if (!caller.HoldsSecret)
        {
            return DirectLineErrors.Reject(dl.Logger, StatusCodes.Status403Forbidden, "tokens/generate needs the Direct Line secret.");
        }

        var (parameters, error) = await DirectLineRequests.ReadOptionalAsync(request, DirectLineJsonContext.Default.TokenParameters, dl.MaxBodyBytes, dl.Logger, cancellationToken);
        if (error is not null || !TryChooseUser(parameters, dl, out var userId, out error))
        {
            return error;
        }

        var conversationId = DirectLineIds.NewConversationId();
        var token = dl.Tokens.Issue(conversationId, userId, parameters?.TrustedOrigins);
        return Results.Json(new DirectLineConversation(conversationId, token, dl.LifetimeSeconds), DirectLineJsonContext.Default.DirectLineConversation);
    }

    /// <summary>A valid (unexpired) token in, a fresh one for the same conversation, user and origins out.</summary>
    private static IResult Tokens_RefreshToken(HttpRequest request, DirectLineServices dl)
    {
        if (!dl.Authenticator.TryAuthenticate(request, null, out var caller, out var failure))
        {
            return failure;
        }

        if (caller.HoldsSecret)
        {
            return DirectLineErrors.Reject(dl.Logger, StatusCodes.Status403Forbidden, "tokens/refresh takes a token, not the secret.");
        }

        var claims = caller.Claims!;
        var token = dl.Tokens.Issue(claims.Conv, claims.User, claims.Origins);
        return Results.Json(new DirectLineConversation(claims.Conv, token, dl.LifetimeSeconds), DirectLineJsonContext.Default.DirectLineConversation);
    }

    /// <summary>
    /// Starts (201) or, for a token whose conversation already started, resumes (200) a conversation. A new one
    /// gets its welcome turn before this returns, so the first read already holds the greeting.
    /// </summary>
    private static async Task<IResult> Conversations_StartConversation(HttpRequest request, DirectLineServices dl, CancellationToken cancellationToken)
    {
        if (!dl.Authenticator.TryAuthenticate(request, null, out var caller, out var failure))
        {
            return failure;
        }

        var (parameters, error) = await DirectLineRequests.ReadOptionalAsync(request, DirectLineJsonContext.Default.TokenParameters, dl.MaxBodyBytes, dl.Logger, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        string conversationId, userId, token;
        int expiresIn;
        if (caller.HoldsSecret)
        {
            if (!TryChooseUser(parameters, dl, out userId, out error))
            {
                return error;
            }

            conversationId = DirectLineIds.NewConversationId();
            token = dl.Tokens.Issue(conversationId, userId, null);
            expiresIn = dl.LifetimeSeconds;
        }
        else
        {
            // The body's user id (DirectLineJS sends one) never overrides the token's.
            (conversationId, userId, token, expiresIn) = (caller.Claims!.Conv, caller.Claims.User, caller.BearerToken!, dl.Tokens.SecondsLeft(caller.Claims));
        }

        var created = false;
        if (await dl.Store.GetAsync(conversationId, cancellationToken) is null)
        {
            var record = new ConversationRecord(conversationId, userId, dl.Time.GetUtcNow());
            created = await dl.Store.TryCreateAsync(record, cancellationToken);
            if (created)
            {
                await dl.Adapter.JoinAsync(record, parameters?.Locale, dl.Urls.ServiceUrl(request), CancellationToken.None);
            }
        }

        var conversation = new DirectLineConversation(conversationId, token, expiresIn, dl.Urls.StreamUrl(request, conversationId, token, null));
        return Results.Json(conversation, DirectLineJsonContext.Default.DirectLineConversation, statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>Reconnect: a stream URL (from the watermark given) and the token to use with it.</summary>
    private static async Task<IResult> Conversations_ReconnectToConversation(HttpRequest request, string conversationId, string? watermark, DirectLineServices dl, CancellationToken cancellationToken)
    {
        var (caller, record, failure) = await AuthorizeAsync(request, conversationId, null, dl, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        if (!TryParseWatermark(watermark, out var from))
        {
            return BadWatermark(dl);
        }

        var (token, expiresIn) = caller!.HoldsSecret
            ? (dl.Tokens.Issue(conversationId, record!.UserId, null), dl.LifetimeSeconds)
            : (caller.BearerToken!, dl.Tokens.SecondsLeft(caller.Claims!));
        var streamWatermark = string.IsNullOrEmpty(watermark) ? (int?)null : from;
        return Results.Json(
            new DirectLineConversation(conversationId, token, expiresIn, dl.Urls.StreamUrl(request, conversationId, token, streamWatermark)),
            DirectLineJsonContext.Default.DirectLineConversation);
    }

    /// <summary>Polling: the activities after the watermark and the new watermark (a string, stored as-is by the client).</summary>
    private static async Task<IResult> Conversations_GetActivities(HttpRequest request, string conversationId, string? watermark, DirectLineServices dl, CancellationToken cancellationToken)
    {
        var (_, _, failure) = await AuthorizeAsync(request, conversationId, null, dl, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        if (!TryParseWatermark(watermark, out var from))
        {
            return BadWatermark(dl);
        }

        var slice = await dl.Store.ReadAsync(conversationId, from, cancellationToken);
        return slice is null
            ? DirectLineErrors.UnknownConversation(dl.Logger)
            : Results.Bytes(new ActivitySet(slice.Activities, FormatWatermark(slice.Watermark)).ToUtf8Json(), "application/json; charset=utf-8");
    }

    /// <summary>
    /// Sends one activity. With a token, <c>from.id</c> becomes the token's user whatever the body says (as Direct
    /// Line's enhanced authentication does), so nobody can speak as someone else.
    /// </summary>
    private static async Task<IResult> Conversations_PostActivity(HttpRequest request, string conversationId, DirectLineServices dl, CancellationToken cancellationToken)
    {
        var (caller, _, failure) = await AuthorizeAsync(request, conversationId, null, dl, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var (activity, error) = await DirectLineRequests.ReadActivityAsync(request, dl.MaxBodyBytes, dl.Logger, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (!caller!.HoldsSecret)
        {
            activity!.From ??= new ChannelAccount();
            activity.From.Id = caller.Claims!.User;
            activity.From.Role = "user";
        }
        else if (string.IsNullOrEmpty(activity!.From?.Id))
        {
            return DirectLineErrors.Reject(dl.Logger, StatusCodes.Status400BadRequest, "The activity needs 'from.id'.");
        }

        var max = dl.Limits.MaxTextLength;
        var id = activity.Text?.Length > max
            ? await dl.Adapter.RefuseTooLongAsync(activity, conversationId, dl.Urls.ServiceUrl(request), max, TooLongReply(dl, max, activity.Locale), cancellationToken)
            : await dl.Adapter.ReceiveAsync(activity, conversationId, dl.Urls.ServiceUrl(request), cancellationToken);
        return Results.Json(new ResourceResponse(id), ProtocolJsonContext.Default.ResourceResponse);
    }

    /// <summary>The WebSocket stream; the token comes in <c>?t=</c> because browsers cannot set headers on a WebSocket.</summary>
    private static async Task<IResult> Conversations_Stream(HttpContext context, string conversationId, string? watermark, string? t, DirectLineServices dl)
    {
        var (_, _, failure) = await AuthorizeAsync(context.Request, conversationId, t, dl, context.RequestAborted);
        if (failure is not null)
        {
            return failure;
        }

        if (!TryParseWatermark(watermark, out var from))
        {
            return BadWatermark(dl);
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.Reject(dl.Logger, StatusCodes.Status400BadRequest, "Open the stream URL as a WebSocket.");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await dl.Stream.RunAsync(socket, conversationId, from, context.RequestAborted);
        return Results.Empty;
    }

    private static async Task<(DirectLineCaller? Caller, ConversationRecord? Record, IResult? Failure)> AuthorizeAsync(
        HttpRequest request, string conversationId, string? queryToken, DirectLineServices dl, CancellationToken cancellationToken)
    {
        if (!dl.Authenticator.TryAuthenticate(request, queryToken, out var caller, out var failure))
        {
            return (null, null, failure);
        }

        if (!DirectLineIds.IsConversationId(conversationId))
        {
            return (null, null, DirectLineErrors.UnknownConversation(dl.Logger));
        }

        if (!caller.MayAccess(conversationId))
        {
            return (null, null, DirectLineErrors.WrongConversation(dl.Logger));
        }

        var record = await dl.Store.GetAsync(conversationId, cancellationToken);
        return record is null ? (null, null, DirectLineErrors.UnknownConversation(dl.Logger)) : (caller, record, null);
    }

    /// <summary>The body's user for secret callers (trusted server code), else a fresh opaque <c>dl_</c> id.</summary>
    private static bool TryChooseUser(TokenParameters? parameters, DirectLineServices dl, out string userId, [NotNullWhen(false)] out IResult? error)
    {
        var requested = parameters?.User?.Id;
        if (requested is not null && !DirectLineIds.IsAcceptableUserId(requested))
        {
            userId = "";
            error = DirectLineErrors.Reject(dl.Logger, StatusCodes.Status400BadRequest, "user.id must be 1 to 128 printable characters.");
            return false;
        }

        userId = requested ?? DirectLineIds.NewUserId();
        error = null;
        return true;
    }

    /// <summary>Watermarks are the count of activities seen; empty means from the start.</summary>
    private static bool TryParseWatermark(string? value, out int watermark)
    {
        watermark = 0;
        return string.IsNullOrEmpty(value) || int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out watermark);
    }

    /// <summary>A kind reply rather than a 400: Web Chat shows a refused post only as "send failed", with no reason.</summary>
    private static string TooLongReply(DirectLineServices dl, int max, string? locale) =>
        dl.Knowledge.Current.In(locale).Responses.Get(MessageTooLongKey, new Dictionary<string, string> { ["max"] = max.ToString(CultureInfo.InvariantCulture) });

    private static IResult BadWatermark(DirectLineServices dl) =>
        DirectLineErrors.Reject(dl.Logger, StatusCodes.Status400BadRequest, "The watermark must be a whole number returned by this service.");

    private static string FormatWatermark(int watermark) => watermark.ToString(CultureInfo.InvariantCulture);
}
