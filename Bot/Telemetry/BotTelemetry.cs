using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GuidanceBot.Bot.Telemetry;

/// <summary>
/// The bot's own trace source and meter, both named <see cref="Name"/>. Static, as .NET instruments usually are:
/// with no listener (telemetry off) <see cref="ActivitySource.StartActivity(string, ActivityKind)"/> returns null
/// and <c>Add</c>/<c>Record</c> return at once, so the hooks cost nothing. Tags carry counts, ids of our own
/// vocabulary and hashes only: never message text, names or raw conversation ids.
/// </summary>
public static class BotTelemetry
{
    public const string Name = "GuidanceBot";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Turns by channel, activity type and outcome (<see cref="TurnOutcomes"/>).</summary>
    public static readonly Counter<long> Turns = Meter.CreateCounter<long>("guidancebot.turns", "{turn}", "Turns the bot ran");

    public static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("guidancebot.turn.duration", "s", "Time the bot spent on a turn");

    /// <summary>Storage calls by operation (read, write, delete, purge) and outcome.</summary>
    public static readonly Histogram<double> StorageDuration = Meter.CreateHistogram<double>("guidancebot.storage.duration", "s", "Time a storage call took");

    public static readonly Counter<long> StorageErrors = Meter.CreateCounter<long>("guidancebot.storage.errors", "{error}", "Storage calls that failed, by error kind");

    public static readonly Counter<long> ConnectorRetries = Meter.CreateCounter<long>("guidancebot.connector.retries", "{retry}", "Connector calls retried, by HTTP status or network error");

    /// <summary>Called by the Connector client before it retries; <paramref name="status"/> is 0 for a network error.</summary>
    public static void ConnectorRetried(int status)
    {
        if (ConnectorRetries.Enabled)
        {
            ConnectorRetries.Add(1, new KeyValuePair<string, object?>("http.response.status_code", status == 0 ? "network" : status.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
