using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.BotFramework.Auth;

public static class BotFrameworkAuthHosting
{
    /// <summary>
    /// Inbound token validation for /api/messages: Bot Connector JWTs when a MicrosoftAppId is configured,
    /// anonymous-only otherwise (Development, or <c>AllowAnonymous=true</c>; see <see cref="BotFrameworkAuthOptionsValidator"/>).
    /// </summary>
    public static IServiceCollection AddBotFrameworkAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFrameworkAuthOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(SigningKeyCache.HttpClientName, http =>
        {
            http.Timeout = TimeSpan.FromSeconds(10);
            http.MaxResponseContentBufferSize = 1024 * 1024;
        });
        services.AddSingleton<SigningKeyCache>();
        services.AddSingleton<ValidatedTokenCache>();
        services.AddSingleton<IChannelAuthenticator>(provider =>
            provider.GetRequiredService<IOptions<BotFrameworkAuthOptions>>().Value.IsAnonymous
                ? new AnonymousOnlyAuthenticator()
                : ActivatorUtilities.CreateInstance<BotFrameworkAuthenticator>(provider));
        services.AddHostedService<AnonymousModeNotice>();
        return services;
    }

    /// <summary>Binds and validates the section once, whichever of auth or connector registers first.</summary>
    internal static IServiceCollection AddBotFrameworkAuthOptions(this IServiceCollection services)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(IValidateOptions<BotFrameworkAuthOptions>)))
        {
            return services;
        }

        services.AddSingleton<IValidateOptions<BotFrameworkAuthOptions>, BotFrameworkAuthOptionsValidator>();
        services.AddOptions<BotFrameworkAuthOptions>()
            .BindConfiguration(BotFrameworkAuthOptions.Section)
            .PostConfigure(options => options.ApplyDefaultsForBlanks())
            .ValidateOnStart();
        return services;
    }
}
