using System.Diagnostics;
using System.Net;
using GuidanceBot.Bot.Telemetry;
using Activity = System.Diagnostics.Activity;
using IBot = GuidanceBot.Dialogs.Protocol.IBot;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Knowledge;
using GuidanceBot.Tests.DirectLine;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GuidanceBot.Tests.Telemetry;

/// <summary>
/// The real host with OpenTelemetry's in-memory exporters: a turn on each channel yields the expected spans and
/// metrics, and neither what the user typed nor the user's name nor the raw conversation id is in any of them.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class TelemetryTests : IAsyncLifetime
{
    private const string Marker = "Zephyrine-marker-7731 looks for a cooperative";
    private const string MarkerWord = "Zephyrine";
    private const string UserName = "Quillon Marrowby";
    private const string TeamsConversation = "a:telemetry-conv-9f3";

    private readonly List<Activity> _spans = [];
    private readonly List<Metric> _metrics = [];
    private BotServer _server = null!;

    public async Task InitializeAsync() => _server = await BotServer.StartAsync(
        DirectLineTestClient.Settings(("Telemetry:Enabled", "true")),
        services => services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddInMemoryExporter(_spans))
            .WithMetrics(metrics => metrics.AddInMemoryExporter(_metrics)));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task TurnsOnTeamsAndDirectLineAreTracedAndCountedWithoutTextNamesOrConversationIds()
    {
        var teams = Activities.TeamsMessage(Marker, "t1");
        teams["from"]!["name"] = UserName;
        teams["conversation"]!["id"] = TeamsConversation;
        var reply = await _server.Client.PostAsync("api/messages", Activities.Json(teams));
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);

        var directLine = new DirectLineTestClient(_server);
        var (conversationId, token, _) = await directLine.StartAsync();
        var message = DirectLineTestClient.WebChatMessage(Marker, "c1").Replace("Test User", UserName, StringComparison.Ordinal);
        var (status, _) = await directLine.SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token, message);
        Assert.Equal(HttpStatusCode.OK, status);

        Assert.True(_server.Services.GetRequiredService<TracerProvider>().ForceFlush(5000));
        Assert.True(_server.Services.GetRequiredService<MeterProvider>().ForceFlush(5000));
        Activity[] spans;
        lock (_spans)
        {
            spans = [.. _spans];
        }

        // The bot's turn spans, with closed-set tags and the hash in place of the conversation id.
        var version = _server.Services.GetRequiredService<IKnowledgeBaseProvider>().Current.Version;
        var teamsTurn = Assert.Single(spans, span => span.Source.Name == BotTelemetry.Name
            && Tag(span, TelemetryTags.ConversationHash) == ConversationHash.Of(TeamsConversation));
        Assert.Equal("bot turn", teamsTurn.DisplayName);
        Assert.Equal("msteams", Tag(teamsTurn, TelemetryTags.Channel));
        Assert.Equal("message", Tag(teamsTurn, TelemetryTags.ActivityType));
        Assert.Equal(TurnOutcomes.Ok, Tag(teamsTurn, TelemetryTags.Outcome));
        Assert.Equal(version, Tag(teamsTurn, TelemetryTags.ContentVersion));
        Assert.Matches("^[0-9a-f]{16}$", Tag(teamsTurn, TelemetryTags.ConversationHash));
        var directLineHash = ConversationHash.Of(conversationId);
        Assert.Contains(spans, span => Tag(span, TelemetryTags.ConversationHash) == directLineHash && Tag(span, TelemetryTags.Channel) == "directline"
            && Tag(span, TelemetryTags.ActivityType) == "message");
        Assert.Contains(spans, span => Tag(span, TelemetryTags.ConversationHash) == directLineHash && Tag(span, TelemetryTags.ActivityType) == "conversationUpdate");

        // The HTTP server spans name the route, not the path with the conversation id in it.
        Assert.Contains(spans, span => span.Kind == ActivityKind.Server && Tag(span, "url.path") == "/api/messages");
        Assert.Contains(spans, span => span.Kind == ActivityKind.Server && (Tag(span, "url.path") ?? "").Contains("{conversationId}", StringComparison.Ordinal));

        // Metrics: turns by channel and outcome, turn latency, storage latency, the content version.
        Assert.Contains(Points("guidancebot.turns"), tags => tags[TelemetryTags.Channel] == "msteams" && tags[TelemetryTags.Outcome] == TurnOutcomes.Ok);
        Assert.Contains(Points("guidancebot.turns"), tags => tags[TelemetryTags.Channel] == "directline" && tags[TelemetryTags.ActivityType] == "message");
        Assert.Contains(Points("guidancebot.turn.duration"), tags => tags[TelemetryTags.Channel] == "msteams");
        Assert.Contains(Points("guidancebot.storage.duration"), tags => tags[TelemetryTags.Operation] == "read" && tags[TelemetryTags.Outcome] == "ok");
        Assert.Contains(Points("guidancebot.storage.duration"), tags => tags[TelemetryTags.Operation] == "write");
        Assert.Contains(Points("guidancebot.content.version"), tags => tags[TelemetryTags.ContentVersion] == version);

        // Nothing the user typed, their name, or a raw conversation id in any exported name, tag or event.
        var exported = string.Join('\n', spans.SelectMany(SpanText).Concat(_metrics.SelectMany(MetricText)));
        Assert.Contains(ConversationHash.Of(TeamsConversation), exported, StringComparison.Ordinal);
        foreach (var secret in new[] { MarkerWord, "Quillon", "Marrowby", TeamsConversation, conversationId, token })
        {
            Assert.DoesNotContain(secret, exported, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task AFailedStorageCallIsCountedByKindWithoutItsKey()
    {
        var storage = _server.Services.GetRequiredService<IStorage>();
        Assert.IsType<ExpiringTelemetryStorage>(storage);
        var key = "telemetry-test/" + Guid.NewGuid().ToString("N");
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("{}"u8.ToArray(), ETag: null) }, default);
        await Assert.ThrowsAsync<EtagException>(() => storage.WriteAsync(
            new Dictionary<string, StoreItem> { [key] = new("{}"u8.ToArray(), ETag: "\"stale\"") }, default));

        Assert.True(_server.Services.GetRequiredService<MeterProvider>().ForceFlush(5000));
        Assert.Contains(Points("guidancebot.storage.errors"), tags => tags[TelemetryTags.Operation] == "write" && tags[TelemetryTags.ErrorType] == "etag_conflict");
        Assert.DoesNotContain(key, string.Join('\n', _metrics.SelectMany(MetricText)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAnExporterOrWhenSwitchedOffNothingIsWrappedOrListening()
    {
        await using (var off = await BotServer.StartAsync())
        {
            Assert.IsNotType<TelemetryBot>(off.Services.GetRequiredService<IBot>());
            Assert.IsType<MemoryStorage>(off.Services.GetRequiredService<IStorage>());
            Assert.Null(off.Services.GetService<TracerProvider>());
        }

        // An Application Insights connection string alone turns it on; Telemetry:Enabled=false wins over it.
        await using var switchedOff = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/",
            ["Telemetry:Enabled"] = "false",
        });
        Assert.IsNotType<TelemetryBot>(switchedOff.Services.GetRequiredService<IBot>());
        Assert.IsType<TelemetryBot>(_server.Services.GetRequiredService<IBot>());
    }

    [Fact]
    public async Task TheAzureMonitorAndOtlpExportersStartWithTheHostAndWrapTheBot()
    {
        // Unreachable endpoints: the host must start and serve anyway; exports fail in the background.
        await using var exporting = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Telemetry:AzureMonitor"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/",
            ["Telemetry:OtlpEndpoint"] = "http://127.0.0.1:9",
        });
        Assert.IsType<TelemetryBot>(exporting.Services.GetRequiredService<IBot>());
        Assert.NotNull(exporting.Services.GetService<TracerProvider>());
        var reply = await exporting.Client.PostAsync("api/messages", Activities.Json(Activities.TeamsMessage("help", "x1")));
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
    }

    private static string? Tag(Activity span, string name) => span.GetTagItem(name)?.ToString();

    private List<Dictionary<string, string?>> Points(string metricName)
    {
        var points = new List<Dictionary<string, string?>>();
        foreach (var metric in _metrics.Where(metric => metric.Name == metricName))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var tags = new Dictionary<string, string?>();
                foreach (var tag in point.Tags)
                {
                    tags[tag.Key] = tag.Value?.ToString();
                }

                points.Add(tags);
            }
        }

        Assert.NotEmpty(points);
        return points;
    }

    private static IEnumerable<string> SpanText(Activity span)
    {
        yield return span.DisplayName;
        yield return span.OperationName;
        foreach (var tag in span.TagObjects)
        {
            yield return $"{tag.Key}={tag.Value}";
        }

        foreach (var spanEvent in span.Events)
        {
            yield return spanEvent.Name;
            foreach (var tag in spanEvent.Tags)
            {
                yield return $"{tag.Key}={tag.Value}";
            }
        }

        foreach (var item in span.Baggage)
        {
            yield return $"{item.Key}={item.Value}";
        }
    }

    private static IEnumerable<string> MetricText(Metric metric)
    {
        var text = new List<string> { metric.Name };
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            foreach (var tag in point.Tags)
            {
                text.Add($"{tag.Key}={tag.Value}");
            }
        }

        return text;
    }
}
