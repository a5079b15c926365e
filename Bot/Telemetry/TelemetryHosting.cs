using System.Diagnostics.Metrics;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Knowledge;
using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Instrumentation.Http;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GuidanceBot.Bot.Telemetry;

/// <summary>
/// Registers OpenTelemetry when an exporter is configured (<see cref="TelemetryOptions"/>): the bot's source and meter,
/// ASP.NET Core requests with the route instead of the raw path, Azure Monitor and/or OTLP, and decorators around
/// <see cref="IBot"/> and <see cref="IStorage"/>. Called after everything else is registered, so it wraps what the
/// host (or a test) finally chose.
/// </summary>
public static class TelemetryHosting
{
    public const string AzureMonitorVariable = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string OtlpVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static WebApplicationBuilder AddBotTelemetry(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var azureMonitor = NonEmpty(options.AzureMonitor) ?? NonEmpty(builder.Configuration[AzureMonitorVariable]);
        var otlpFromSettings = NonEmpty(options.OtlpEndpoint);
        var otlp = otlpFromSettings is not null || NonEmpty(builder.Configuration[OtlpVariable]) is not null;
        if (!(options.Enabled ?? (azureMonitor is not null || otlp)))
        {
            return builder;
        }

        var services = builder.Services;
        Decorate<IBot>(services, (provider, inner) =>
        {
            var content = provider.GetRequiredService<IKnowledgeBaseProvider>();
            ObserveContentVersion(provider.GetRequiredService<IMeterFactory>(), content);
            return new TelemetryBot(inner, content, provider.GetRequiredService<ILogger<TelemetryBot>>());
        });
        Decorate<IStorage>(services, (_, inner) => inner is IExpiringStorage ? new ExpiringTelemetryStorage(inner) : new TelemetryStorage(inner));

        // Paths name conversations (/v3/directline/conversations/{id}/...) and queries may carry a token: the span
        // keeps the route template instead, and no query.
        services.Configure<AspNetCoreTraceInstrumentationOptions>(aspNet => aspNet.EnrichWithHttpResponse = (span, response) =>
        {
            if (response.HttpContext.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } route })
            {
                span.SetTag("url.path", route);
            }

            span.SetTag("url.query", null);
        });

        // Connector calls (Azure Monitor traces HttpClient) name the conversation in the path: scheme and host only.
        services.Configure<HttpClientTraceInstrumentationOptions>(http => http.EnrichWithHttpRequestMessage = (span, request) =>
        {
            if (request.RequestUri is { IsAbsoluteUri: true } uri)
            {
                span.SetTag("url.full", uri.GetLeftPart(UriPartial.Authority));
            }
        });

        var telemetry = services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(BotTelemetry.Name))
            .WithMetrics(metrics => metrics.AddMeter(BotTelemetry.Name));
        if (azureMonitor is not null)
        {
            // Brings ASP.NET Core, HttpClient and Azure SDK instrumentation and log export with it.
            telemetry.UseAzureMonitor(monitor => monitor.ConnectionString = azureMonitor);
        }
        else
        {
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation());
        }

        if (otlp)
        {
            // Without a setting the exporter reads OTEL_EXPORTER_OTLP_ENDPOINT (and _PROTOCOL) itself.
            telemetry
                .WithTracing(tracing => tracing.AddOtlpExporter(exporter => SetEndpoint(exporter, otlpFromSettings)))
                .WithMetrics(metrics => metrics.AddOtlpExporter(exporter => SetEndpoint(exporter, otlpFromSettings)));
        }

        return builder;
    }

    private static void SetEndpoint(OpenTelemetry.Exporter.OtlpExporterOptions exporter, string? endpoint)
    {
        if (endpoint is not null)
        {
            exporter.Endpoint = new Uri(endpoint);
        }
    }

    /// <summary>Which content snapshot is live, as a gauge of 1 tagged with its version (per host, via its meter factory).</summary>
    private static void ObserveContentVersion(IMeterFactory meters, IKnowledgeBaseProvider content) =>
        meters.Create(BotTelemetry.Name).CreateObservableGauge(
            "guidancebot.content.version",
            () => new Measurement<int>(1, new KeyValuePair<string, object?>(TelemetryTags.ContentVersion, content.Current.Version)),
            description: "The content version in use (value 1, the version in the tag)");

    /// <summary>Replaces the last registration of <typeparamref name="T"/> with one that wraps it, keeping its lifetime.</summary>
    private static void Decorate<T>(IServiceCollection services, Func<IServiceProvider, T, T> wrap)
        where T : class
    {
        for (var i = services.Count - 1; i >= 0; i--)
        {
            var inner = services[i];
            if (inner.ServiceType != typeof(T) || inner.IsKeyedService)
            {
                continue;
            }

            services[i] = ServiceDescriptor.Describe(typeof(T), provider => wrap(provider, (T)Create(provider, inner)), inner.Lifetime);
            return;
        }
    }

    private static object Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
