using GuidanceBot.Bot.Channels.BotFramework.Auth;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Tests.Bot.Auth;

/// <summary>Credentials that cannot work for the chosen MicrosoftAppType stop the bot at start, with the key to fix named.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class BotFrameworkAuthConfigurationTests
{
    [Theory]
    [InlineData("SingleTenant", "app-id", "", "tenant-1", "SingleTenant needs MicrosoftAppPassword and MicrosoftAppTenantId")]
    [InlineData("SingleTenant", "app-id", "secret", "", "SingleTenant needs MicrosoftAppPassword and MicrosoftAppTenantId")]
    [InlineData("MultiTenant", "app-id", "", "", "MultiTenant needs MicrosoftAppPassword")]
    [InlineData("UserAssignedMsi", "app-id", "secret", "tenant-1", "UserAssignedMsi must not have a MicrosoftAppPassword")]
    [InlineData("UserAssignedMsi", "", "", "tenant-1", "MicrosoftAppId (the managed identity's client id) is empty")]
    public async Task IncompleteCredentialsStopTheBotAtStart(string appType, string appId, string password, string tenantId, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["BotFrameworkAuth:MicrosoftAppType"] = appType,
            ["BotFrameworkAuth:MicrosoftAppId"] = appId,
            ["BotFrameworkAuth:MicrosoftAppPassword"] = password,
            ["BotFrameworkAuth:MicrosoftAppTenantId"] = tenantId,
        };

        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotServer.StartAsync(settings));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMetadataUrlThatIsNotAnAbsoluteHttpUrlStopsTheBot()
    {
        var settings = new Dictionary<string, string?>
        {
            ["BotFrameworkAuth:MicrosoftAppId"] = "app-id",
            ["BotFrameworkAuth:MicrosoftAppPassword"] = "secret",
            ["BotFrameworkAuth:MicrosoftAppTenantId"] = "tenant-1",
            ["BotFrameworkAuth:OpenIdMetadataUrl"] = "file:///etc/keys.json",
        };

        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotServer.StartAsync(settings));

        Assert.Contains("OpenIdMetadataUrl must be an absolute http(s) URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlankUrlsInConfigurationMeanThePublicCloudDefaults()
    {
        var settings = new Dictionary<string, string?>
        {
            ["BotFrameworkAuth:MicrosoftAppId"] = "app-id",
            ["BotFrameworkAuth:MicrosoftAppPassword"] = "secret",
            ["BotFrameworkAuth:MicrosoftAppTenantId"] = "tenant-1",
            ["BotFrameworkAuth:OpenIdMetadataUrl"] = "",
            ["BotFrameworkAuth:AuthorityHost"] = "",
        };

        await using var server = await BotServer.StartAsync(settings);

        var options = server.Services.GetRequiredService<IOptions<BotFrameworkAuthOptions>>().Value;
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.OpenIdMetadataUrl);
        Assert.Equal("https://login.microsoftonline.com", options.AuthorityHost);
    }
}
