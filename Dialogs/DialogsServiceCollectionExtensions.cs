using GuidanceBot.Dialogs.Guidance;
using GuidanceBot.Dialogs.Protocol;
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
        services.AddSingleton<ConversationTurnRunner>();
        services.AddSingleton<IBot, Guidance.GuidanceBot>();
        return services;
    }
}
