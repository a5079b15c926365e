namespace GuidanceBot.Bot.Channels.DirectLine;

public static class DirectLineHosting
{
    /// <summary>The embedded Direct Line 3.0 service and the partner token server.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration) => services;

    public static WebApplication MapDirectLine(this WebApplication app) => app;
}
