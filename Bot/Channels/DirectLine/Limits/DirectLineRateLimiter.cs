using System.Globalization;
using System.Threading.RateLimiting;
using GuidanceBot.Bot.Channels.DirectLine.Tokens;
using GuidanceBot.Bot.Http;
using GuidanceBot.Bot.Logging;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.DirectLine.Limits;

/// <summary>
/// The Direct Line abuse limits as the rate-limiting middleware's global limiter: a per-IP limiter chained with a
/// per-token one, both keyed on the endpoint's <see cref="DirectLineLimitKind"/> (other endpoints pass untouched).
/// A global limiter because an endpoint takes one policy and every call here needs two. "Per token" means per
/// token's conversation, so refreshing a token does not reset the count. The secret and unauthenticated calls are
/// not counted by token: the first is trusted, the second is refused (403) by the handler anyway, after the per-IP count.
/// </summary>
public sealed class DirectLineRateLimiter(
    DirectLineSecret secret,
    DirectLineTokens tokens,
    IOptions<DirectLineOptions> options,
    ILogger<DirectLineRateLimiter> logger)
{
    private static readonly object CallerKey = new();

    private DirectLineLimits Limits => options.Value.Limits;

    public PartitionedRateLimiter<HttpContext> Create() =>
        PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, DirectLineLimitKey>(PerIp),
            PartitionedRateLimiter.Create<HttpContext, DirectLineLimitKey>(PerToken));

    /// <summary>The middleware's rejection handler; 429 with <c>Retry-After</c> and the usual error body for Direct Line calls.</summary>
    public async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        if (KindOf(context.HttpContext) is null)
        {
            return; // another area's limiter: its own policy answers
        }

        // Concurrency leases carry no retry time: a stream slot frees when someone leaves, so a short wait is right.
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(5);
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        BotLog.DirectLineRequestRejected(logger, StatusCodes.Status429TooManyRequests, "Direct Line limit reached.");
        await ErrorBody.Result(StatusCodes.Status429TooManyRequests, "Too many requests; retry after the time in Retry-After.")
            .ExecuteAsync(context.HttpContext);
    }

    private RateLimitPartition<DirectLineLimitKey> PerIp(HttpContext context)
    {
        if (KindOf(context) is not { } kind || Caller(context) is Exempt)
        {
            return RateLimitPartition.GetNoLimiter(default(DirectLineLimitKey));
        }

        var key = new DirectLineLimitKey(kind, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return kind switch
        {
            DirectLineLimitKind.Stream => RateLimitPartition.GetConcurrencyLimiter(key, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = Limits.LiveConversationsPerIp,
                QueueLimit = 0,
            }),
            DirectLineLimitKind.ActivityPost => Window(key, Limits.ActivitiesPerIp),
            _ => Window(key, Limits.StartsPerIp),
        };
    }

    private RateLimitPartition<DirectLineLimitKey> PerToken(HttpContext context)
    {
        if (KindOf(context) is not ({ } kind and not DirectLineLimitKind.Stream) || Caller(context) is not { } conversationId || conversationId == Exempt)
        {
            return RateLimitPartition.GetNoLimiter(default(DirectLineLimitKey));
        }

        var key = new DirectLineLimitKey(kind, conversationId);
        return Window(key, kind == DirectLineLimitKind.ActivityPost ? Limits.ActivitiesPerToken : Limits.StartsPerToken);
    }

    private RateLimitPartition<DirectLineLimitKey> Window(DirectLineLimitKey key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = Limits.Window,
            QueueLimit = 0,
        });

    private static DirectLineLimitKind? KindOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<DirectLineLimitMetadata>()?.Kind;

    private const string Exempt = "";

    /// <summary>The token's conversation, <see cref="Exempt"/> for the secret, null for no valid bearer; worked out once per request.</summary>
    private string? Caller(HttpContext context)
    {
        if (context.Items.TryGetValue(CallerKey, out var known))
        {
            return (string?)known;
        }

        var bearer = DirectLineAuthenticator.BearerOf(context.Request, context.Request.Query["t"]);
        string? caller = null;
        if (!string.IsNullOrEmpty(bearer))
        {
            caller = secret.Matches(bearer) ? Exempt
                : tokens.Validate(bearer, out var claims) == TokenStatus.Valid ? claims!.Conv
                : null;
        }

        context.Items[CallerKey] = caller;
        return caller;
    }
}
