using GuidanceBot.Bot.Channels.DirectLine.Conversations;
using GuidanceBot.Bot.Channels.DirectLine.Limits;
using GuidanceBot.Bot.Channels.DirectLine.Streaming;
using GuidanceBot.Bot.Channels.DirectLine.Tokens;
using GuidanceBot.Bot.Channels.DirectLine.TokenServer;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Channels.DirectLine;

public static class DirectLineHosting
{
    /// <summary>The CORS policy of /v3/directline and the token server: the configured partner origins.</summary>
    public const string CorsPolicy = "DirectLinePartners";

    /// <summary>The embedded Direct Line 3.0 service and the partner token server.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        // Bound lazily: tests and environment variables add configuration after this runs.
        services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.Section)
            .Validate(o => o.TokenLifetime > TimeSpan.Zero, "DirectLine:TokenLifetime must be positive.")
            .Validate(o => o.StreamKeepAlive > TimeSpan.Zero, "DirectLine:StreamKeepAlive must be positive.")
            .Validate(o => o.AllowedOrigins.All(IsOrigin), "DirectLine:AllowedOrigins must be origins such as https://partner.example (scheme and host, no path).")
            .Validate(o => o.Limits.Window > TimeSpan.Zero, "DirectLine:Limits:Window must be positive.")
            .Validate(
                o => o.Limits is { ActivitiesPerToken: > 0, ActivitiesPerIp: > 0, StartsPerToken: > 0, StartsPerIp: > 0, LiveConversationsPerIp: > 0, MaxTextLength: > 0 },
                "DirectLine:Limits counts and MaxTextLength must be positive.")
            .Validate(o => o.Mode != DirectLineMode.Azure || !string.IsNullOrWhiteSpace(o.AzureSecret), "DirectLine:Mode is Azure but DirectLine:AzureSecret is not set.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineSecret>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineUrls>();
        services.AddSingleton<DirectLineAuthenticator>();
        services.AddSingleton<ConversationFeed>();
        services.AddSingleton<RetentionIndex>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<DirectLineAdapter>();
        services.AddSingleton<DirectLineStream>();
        services.AddSingleton<DirectLineServices>();
        services.AddSingleton<ConversationRetention>();
        services.AddHostedService(provider => provider.GetRequiredService<ConversationRetention>());

        services.AddSingleton<PartnerOrigins>();
        services.AddSingleton<EmbeddedTokenSource>();
        services.AddHttpClient<AzureDirectLineClient>(client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddTransient<IPartnerTokenSource>(provider =>
            provider.GetRequiredService<IOptions<DirectLineOptions>>().Value.Mode == DirectLineMode.Azure
                ? provider.GetRequiredService<AzureDirectLineClient>()
                : provider.GetRequiredService<EmbeddedTokenSource>());

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) =>
            cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins([.. directLine.Value.AllowedOrigins.Select(origin => origin.TrimEnd('/'))]) // browsers send no trailing slash
                .WithMethods("GET", "POST")
                .AllowAnyHeader() // Web Chat sends authorization, content-type, x-ms-bot-agent, x-requested-with
                .WithExposedHeaders("Retry-After")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        services.AddSingleton<DirectLineRateLimiter>();
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, TokenRateLimitPolicy>(TokenRateLimitPolicy.Name));
        services.AddOptions<RateLimiterOptions>().Configure<DirectLineRateLimiter>((limiter, directLine) =>
        {
            limiter.GlobalLimiter = directLine.Create();
            limiter.OnRejected = directLine.RejectAsync;
        });
        return services;
    }

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        // Decided (and logged) at start-up rather than on the first request.
        _ = app.Services.GetRequiredService<DirectLineSecret>();

        app.UseCors();
        app.UseRateLimiter();
        app.UseWebSockets();
        app.MapDirectLineApi();
        app.MapPartnerTokenApi();
        return app;
    }

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http"
        && uri.AbsolutePath == "/"
        && uri.Query.Length == 0
        && !value.TrimEnd('/').EndsWith('/');
}
