using GuidanceBot.Bot.Channels.BotFramework;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Tests.Bot.Auth;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.Bot.Connector;

/// <summary>
/// UserAssignedMsi: the Connector token comes from the App Service managed identity endpoint
/// (GET with resource, api-version 2019-08-01, client_id and the X-IDENTITY-HEADER secret).
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class ManagedIdentityTokenTests : IAsyncLifetime
{
    private MockConnector _connector = null!;
    private MockTokenEndpoint _tokens = null!;
    private BotServer _server = null!;

    public async Task InitializeAsync()
    {
        _connector = await MockConnector.StartAsync();
        _tokens = await MockTokenEndpoint.StartAsync();
        _server = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["BotFrameworkAuth:MicrosoftAppType"] = "UserAssignedMSI",
            ["BotFrameworkAuth:MicrosoftAppId"] = TestSigningAuthority.AppId,
            ["BotFrameworkAuth:MicrosoftAppTenantId"] = "tenant-1",
            ["BotFrameworkAuth:ManagedIdentityEndpoint"] = _tokens.ManagedIdentityEndpoint,
            ["BotFrameworkAuth:ManagedIdentityHeader"] = MockTokenEndpoint.IdentityHeaderValue,
        });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _tokens.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task RepliesCarryTheManagedIdentitysTokenFetchedOnce()
    {
        var client = _server.Services.GetRequiredService<IConnectorClient>();
        var incoming = ProtocolJson.DeserializeActivity(System.Text.Encoding.UTF8.GetBytes(
            Activities.TeamsMessage("hello", deliveryMode: null, serviceUrl: _connector.ServiceUrl).ToJsonString()))!;

        await client.SendAsync(incoming.CreateReply("one"), CancellationToken.None);
        await client.SendAsync(incoming.CreateReply("two"), CancellationToken.None);

        var request = Assert.Single(_tokens.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("https://api.botframework.com", request.Fields["resource"]);
        Assert.Equal("2019-08-01", request.Fields["api-version"]);
        Assert.Equal(TestSigningAuthority.AppId, request.Fields["client_id"]);
        Assert.Equal(MockTokenEndpoint.IdentityHeaderValue, request.IdentityHeader);
        Assert.All(_connector.Calls, call => Assert.Equal("Bearer token-1", call.Authorization));
    }
}
