using GuidanceBot.Bot.Logging;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.BotFramework.Auth;

/// <summary>Says once, at start, that /api/messages runs without authentication (no MicrosoftAppId).</summary>
public sealed class AnonymousModeNotice(IOptions<BotFrameworkAuthOptions> options, ILogger<AnonymousModeNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsAnonymous)
        {
            BotLog.AnonymousModeEnabled(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
