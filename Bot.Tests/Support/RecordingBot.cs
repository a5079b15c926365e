using System.Collections.Concurrent;
using GuidanceBot.Dialogs.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.Support;

/// <summary>
/// The real bot, wrapped so a channel test can see each activity exactly as the bot received it (after the
/// adapter's middleware). Register with <see cref="Register"/> in <c>BotServer.StartAsync(services: ...)</c>.
/// </summary>
public sealed class RecordingBot(IBot inner) : IBot
{
    public ConcurrentQueue<Activity> Received { get; } = new();

    /// <summary>Activities whose turn has ended: every reply of theirs has been handed to the channel.</summary>
    public ConcurrentQueue<Activity> Completed { get; } = new();

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<global::GuidanceBot.Dialogs.Guidance.GuidanceBot>();
        services.AddSingleton(provider => new RecordingBot(provider.GetRequiredService<global::GuidanceBot.Dialogs.Guidance.GuidanceBot>()));
        services.AddSingleton<IBot>(provider => provider.GetRequiredService<RecordingBot>());
    }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Received.Enqueue(turnContext.Activity);
        try
        {
            await inner.OnTurnAsync(turnContext, cancellationToken);
        }
        finally
        {
            Completed.Enqueue(turnContext.Activity);
        }
    }

    /// <summary>Waits until every turn received so far in the conversation has ended.</summary>
    public async Task WaitForTurnsToEndAsync(string conversationId, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(20);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (Completed.Count(a => a.Conversation?.Id == conversationId) < Received.Count(a => a.Conversation?.Id == conversationId))
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"The turns of conversation {conversationId} did not end within {limit.TotalSeconds:0} s.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>The first received activity that matches, polling until the timeout.</summary>
    public async Task<Activity> WaitForAsync(Func<Activity, bool> predicate, string description, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(20);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (Received.FirstOrDefault(predicate) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        var seen = string.Join(", ", Received.Select(a => $"{a.Type} in {a.Conversation?.ConversationType ?? "?"}"));
        throw new TimeoutException($"The bot received no {description} within {limit.TotalSeconds:0} s. It received: [{seen}].");
    }
}
