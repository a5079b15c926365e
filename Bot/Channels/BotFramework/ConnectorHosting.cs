using GuidanceBot.Bot.Channels.BotFramework.Auth;
using GuidanceBot.Bot.Channels.BotFramework.Tokens;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.BotFramework;

public static class ConnectorHosting
{
    /// <summary>
    /// Outbound Connector calls (replies, typing, updates) and the tokens they carry: client credentials for
    /// SingleTenant/MultiTenant, the managed identity endpoint for UserAssignedMsi, none in anonymous mode.
    /// </summary>
    public static IServiceCollection AddConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFrameworkAuthOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new ConnectorRetryPolicy());
        services.AddHttpClient(ConnectorTokenCache.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(ConnectorClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton(CreateTokenProvider);
        services.AddSingleton<IConnectorClient, ConnectorClient>();
        return services;
    }

    private static IConnectorTokenProvider CreateTokenProvider(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<BotFrameworkAuthOptions>>().Value;
        if (options.IsAnonymous)
        {
            return new NoConnectorToken();
        }

        IAccessTokenSource source = options.MicrosoftAppType == MicrosoftAppType.UserAssignedMsi
            ? ActivatorUtilities.CreateInstance<ManagedIdentityTokenSource>(provider, options)
            : ActivatorUtilities.CreateInstance<ClientCredentialsTokenSource>(provider, options);
        return ActivatorUtilities.CreateInstance<ConnectorTokenCache>(provider, source);
    }
}
