using System.Net;
using System.Net.Http.Headers;
using GuidanceBot.Tests.Bot.Connector;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GuidanceBot.Tests.Bot.Auth;

/// <summary>
/// No MicrosoftAppId (protocol.md §2.6, §7 row 24): allowed in Development, elsewhere only with
/// <c>BotFrameworkAuth:AllowAnonymous=true</c>; requests without a token pass, any token is refused, replies
/// carry no Authorization header, and a warning is logged once at start.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class AnonymousModeTests
{
    [Fact]
    public async Task InDevelopmentARequestWithoutTokenIsAnsweredThroughTheConnectorWithoutAuthorization()
    {
        await using var connector = await MockConnector.StartAsync();
        var logs = new CapturedLogs();
        await using var server = await BotServer.StartAsync(services: services => services.AddSingleton<ILoggerProvider>(logs));

        var response = await server.Client.PostAsync("api/messages",
            Activities.Json(Activities.TeamsMessage("hello", deliveryMode: null, serviceUrl: connector.ServiceUrl)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(connector.Calls);
        Assert.Null(call.Authorization);
        Assert.Equal(1, logs.Count(1000));
    }

    [Fact]
    public async Task InDevelopmentARequestWithATokenIs401()
    {
        await using var server = await BotServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = Activities.Json(Activities.TeamsMessage("hi")) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "abc.def.ghi");

        var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task InProductionWithoutAppIdTheBotRefusesToStart()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotServer.StartAsync(environment: "Production"));

        Assert.Contains("BotFrameworkAuth:MicrosoftAppId is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("BotFrameworkAuth:AllowAnonymous=true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InProductionAllowAnonymousRunsWithoutTokensAndWarnsOnce()
    {
        var logs = new CapturedLogs();
        await using var server = await BotServer.StartAsync(
            new Dictionary<string, string?> { ["BotFrameworkAuth:AllowAnonymous"] = "true" },
            services => services.AddSingleton<ILoggerProvider>(logs),
            environment: "Production");

        var response = await server.Client.PostAsync("api/messages", Activities.Json(Activities.TeamsMessage("hello")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, logs.Count(1000));
    }

    [Fact]
    public async Task WithAnAppIdNoAnonymousWarningIsLogged()
    {
        await using var authority = await TestSigningAuthority.StartAsync();
        var logs = new CapturedLogs();
        await using var server = await BotServer.StartAsync(authority.BotSettings(), services => services.AddSingleton<ILoggerProvider>(logs), environment: "Production");

        var response = await server.Client.PostAsync("api/messages", Activities.Json(Activities.TeamsMessage("hello")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, logs.Count(1000));
    }
}
