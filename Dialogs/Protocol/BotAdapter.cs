namespace GuidanceBot.Dialogs.Protocol;

/// <summary>
/// Runs a turn through the middleware pipeline and the bot, and owns the one error policy:
/// an exception anywhere in the turn goes to <see cref="OnTurnError"/>, never to the channel.
/// Channels (Bot Framework, Direct Line, tests) differ only in how they send.
/// </summary>
public abstract class BotAdapter
{
    private readonly List<IMiddleware> _middleware = [];

    /// <summary>Called with the turn and the exception when a turn fails; must not throw.</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    public BotAdapter Use(IMiddleware middleware)
    {
        _middleware.Add(middleware);
        return this;
    }

    /// <summary>What the channel that sent <paramref name="activity"/> supports; set per adapter.</summary>
    public virtual ChannelCapabilities CapabilitiesFor(Activity activity) => ChannelCapabilities.Basic;

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    public virtual Task<ResourceResponse> UpdateActivityAsync(
        ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} cannot update activities.");

    /// <summary>Runs middleware in order, then <paramref name="callback"/>; failures go to <see cref="OnTurnError"/>.</summary>
    public async Task RunPipelineAsync(ITurnContext turnContext, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        try
        {
            await RunFromAsync(0, turnContext, callback, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (OnTurnError is not null && error is not OperationCanceledException)
        {
            await OnTurnError(turnContext, error).ConfigureAwait(false);
        }
    }

    private Task RunFromAsync(int index, ITurnContext turnContext, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        if (index == _middleware.Count)
        {
            return callback(turnContext, cancellationToken);
        }

        return _middleware[index].OnTurnAsync(
            turnContext,
            ct => RunFromAsync(index + 1, turnContext, callback, ct),
            cancellationToken);
    }
}
