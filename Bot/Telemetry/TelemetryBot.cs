using System.Diagnostics;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Knowledge;

namespace GuidanceBot.Bot.Telemetry;

/// <summary>
/// Wraps the bot when telemetry is on (never registered otherwise): one span, one count and one duration per turn,
/// tagged with channel, activity type, outcome and content version, and a log scope with the conversation's hash.
/// Failures still propagate to the adapter's error policy; this only notes them.
/// </summary>
public sealed class TelemetryBot(IBot inner, IKnowledgeBaseProvider content, ILogger<TelemetryBot> logger) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var incoming = turnContext.Activity;
        var channel = TelemetryTags.ChannelOf(incoming.ChannelId);
        var type = TelemetryTags.ActivityTypeOf(incoming.Type);
        var hash = ConversationLogScope.HashOf(incoming);
        var started = Stopwatch.GetTimestamp();
        var outcome = TurnOutcomes.Ok;

        using var scope = ConversationLogScope.Begin(logger, hash);
        using var span = BotTelemetry.Source.StartActivity("bot turn", ActivityKind.Internal);
        span?.SetTag(TelemetryTags.Channel, channel);
        span?.SetTag(TelemetryTags.ActivityType, type);
        span?.SetTag(TelemetryTags.ConversationHash, hash);
        span?.SetTag(TelemetryTags.ContentVersion, content.Current.Version);
        try
        {
            await inner.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            outcome = TurnOutcomes.Cancelled;
            throw;
        }
        catch (Exception error)
        {
            // The type only: an exception's message may quote what the user typed.
            outcome = TurnOutcomes.Failed;
            span?.SetStatus(ActivityStatusCode.Error);
            span?.SetTag(TelemetryTags.ErrorType, error.GetType().FullName);
            throw;
        }
        finally
        {
            span?.SetTag(TelemetryTags.Outcome, outcome);
            var channelTag = new KeyValuePair<string, object?>(TelemetryTags.Channel, channel);
            var outcomeTag = new KeyValuePair<string, object?>(TelemetryTags.Outcome, outcome);
            BotTelemetry.Turns.Add(1, channelTag, new KeyValuePair<string, object?>(TelemetryTags.ActivityType, type), outcomeTag);
            BotTelemetry.TurnDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, channelTag, outcomeTag);
        }
    }
}
