using GuidanceBot.Bot.Api;
using GuidanceBot.Bot.Channels.BotFramework;
using GuidanceBot.Bot.Channels.DirectLine;
using GuidanceBot.Bot.Channels.Teams;
using GuidanceBot.Bot.WebChat;
using GuidanceBot.Bot.Health;
using GuidanceBot.Bot.Telemetry;
using GuidanceBot.Dialogs;

namespace GuidanceBot.Bot.Hosting;

/// <summary>
/// Builds the whole web application. <c>Program</c> and the tests both start it through here, so tests run
/// the real host on a real Kestrel port with only their configuration overrides added.
/// </summary>
public static class BotApplication
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The content is read on another core while the host is built (the longest step of start-up otherwise).
        var content = KnowledgeContentPreload.StartDefault();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (ListeningAddress.Choose(builder.Configuration, Environment.GetEnvironmentVariable) is { } address)
        {
            builder.WebHost.UseUrls(address);
        }

        builder.Services
            .AddKnowledgeContent(builder.Configuration, content)
            .AddGuidanceDialogs()
            .AddBotChannels(builder.Configuration)
            .AddDirectLine(builder.Configuration);

        // Last, so tests can override configuration and replace services.
        configure?.Invoke(builder);
        builder.AddBotTelemetry(); // after the overrides: it reads the final settings and wraps the services chosen

        var app = builder.Build();
        app.UseTeamsChannel();
        app.UseWebChatPage();
        app.MapBotFrameworkApi();
        app.MapDirectLine();
        app.MapKnowledgeApi();
        app.MapFeedbackApi();
        app.MapHealthApi();
        return app;
    }
}
