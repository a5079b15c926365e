using System.Globalization;
using System.Threading.RateLimiting;
using GuidanceBot.Bot.Http;
using GuidanceBot.Bot.Logging;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.DirectLine.TokenServer;

/// <summary>
/// A fixed window of token requests per client IP address. Rejections are 429 with <c>Retry-After</c> (DirectLineJS
/// and well-behaved pages wait that long) and the usual JSON error body. The policy carries its own rejection
/// handler, so other areas' rate limits keep theirs.
/// </summary>
public sealed class TokenRateLimitPolicy(IOptions<DirectLineOptions> options, ILogger<TokenRateLimitPolicy> logger) : IRateLimiterPolicy<string>
{
    public const string Name = "directline-token";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(
            httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.Value.TokenRateLimit,
                Window = options.Value.TokenRateWindow,
                QueueLimit = 0,
            });

    private async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Value.TokenRateWindow;
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        BotLog.DirectLineRequestRejected(logger, StatusCodes.Status429TooManyRequests, "Token rate limit reached.");
        await ErrorBody.Result(StatusCodes.Status429TooManyRequests, "Too many token requests; retry after the time in Retry-After.")
            .ExecuteAsync(context.HttpContext);
    }
}
