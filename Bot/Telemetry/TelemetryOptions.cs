namespace GuidanceBot.Bot.Telemetry;

/// <summary>
/// The <c>Telemetry</c> section. Off unless an exporter is configured: no listener, no decorators, nothing per turn.
/// The platforms' own variables count too (<c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>, <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>).
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>
    /// Unset: on when an exporter is configured. <c>false</c>: off even then (e.g. App Service set a connection string).
    /// <c>true</c>: on without an exporter from configuration, for exporters the host adds in code (tests).
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>An Application Insights connection string: traces, metrics and logs go to Azure Monitor.</summary>
    public string? AzureMonitor { get; set; }

    /// <summary>An OTLP collector (e.g. <c>http://localhost:4317</c>): traces and metrics go there.</summary>
    public string? OtlpEndpoint { get; set; }
}
