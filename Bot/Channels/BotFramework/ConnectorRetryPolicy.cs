namespace GuidanceBot.Bot.Channels.BotFramework;

/// <summary>
/// Which Connector answers are worth another try (protocol.md §3.5): 429 (after <c>Retry-After</c>), 412, 502,
/// 503, 504 and network errors, with exponential backoff and jitter, at most <see cref="MaxAttempts"/> attempts.
/// 400, 403, 404, 413 and 500 are final. A registered singleton, so tests can shorten the delays.
/// </summary>
public sealed class ConnectorRetryPolicy
{
    public int MaxAttempts { get; init; } = 3;

    /// <summary>First backoff; doubles per attempt, ±20 % jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A longer <c>Retry-After</c> is not waited for: the turn gives up (the channel waits 15 s for the turn).</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait before attempt <paramref name="attempt"/> + 1, or null when the answer is final.</summary>
    public TimeSpan? DelayBeforeRetry(HttpResponseMessage response, int attempt, DateTimeOffset now)
    {
        switch ((int)response.StatusCode)
        {
            case 429 or 503:
                if (RetryAfter(response, now) is { } requested)
                {
                    return requested <= MaxRetryAfter ? requested : null;
                }

                return Backoff(attempt);
            case 412 or 502 or 504:
                return Backoff(attempt);
            default:
                return null;
        }
    }

    public TimeSpan Backoff(int attempt) =>
        BaseDelay * Math.Pow(2, attempt - 1) * (0.8 + (Random.Shared.NextDouble() * 0.4));

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta > TimeSpan.Zero ? delta : TimeSpan.Zero,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
