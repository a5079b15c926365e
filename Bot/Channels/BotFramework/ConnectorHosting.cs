namespace GuidanceBot.Bot.Channels.BotFramework;

public static class ConnectorHosting
{
    /// <summary>Outbound Connector calls (replies, updates) and the tokens they carry.</summary>
    public static IServiceCollection AddConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpClient<IConnectorClient, ConnectorClient>();
        return services;
    }
}
