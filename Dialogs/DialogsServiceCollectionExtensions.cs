using GuidanceBot.Dialogs.Guidance;
using GuidanceBot.Dialogs.Guidance.State;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Dialogs.Turns;
using GuidanceBot.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GuidanceBot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>Registers the guidance bot and everything its turns need (no HTTP, no storage back end).</summary>
    public static IServiceCollection AddGuidanceDialogs(this IServiceCollection services)
    {
        services.AddSingleton<GuidanceDialogs>();
        services.AddSingleton<Guidance.Feedback.FeedbackRecorder>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<GuidanceActions>();
        services.AddSingleton(provider => GuidanceTurns(provider.GetRequiredService<IStorage>(), provider.GetRequiredService<IKnowledgeBaseProvider>()));
        services.AddSingleton<IBot, Guidance.GuidanceBot>();
        return services;
    }

    /// <summary>The guided conversation's turns: its typed state, and a session over the content snapshot current when the turn starts, in the conversation's language.</summary>
    private static ConversationTurnRunner<ConversationData, GuidanceSession> GuidanceTurns(IStorage storage, IKnowledgeBaseProvider knowledge) =>
        new(
            new StateAccessor<ConversationData>(storage, GuidanceStateJsonContext.Default.ConversationData, () => new ConversationData(), ConversationDataReader.Read),
            (heldTurn, state, channelTurn) => new GuidanceSession(heldTurn, state, ConversationLanguage.Resolve(knowledge.Current, state, heldTurn.Activity.Locale), channelTurn));
}
