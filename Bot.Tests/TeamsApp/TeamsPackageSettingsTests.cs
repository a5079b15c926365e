using System.IO.Compression;
using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.TeamsApp;

/// <summary>
/// The build step refuses to guess: a missing or malformed App ID or domain stops it with a message that names
/// the setting to fix, and no zip is written. Settings sources layer as documented.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class TeamsPackageSettingsTests : IDisposable
{
    private const string AppId = "0b8f4a6e-2f43-4d3c-9d51-6a1f0e2c7b90";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"teams-settings-{Guid.NewGuid():N}");

    public TeamsPackageSettingsTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task AMissingAppIdStopsTheBuildNamingTheSettingItsVariableAndOption()
    {
        var result = await TeamsPackageTool.RunAsync(_folder, ["--domain", "guidancebot.example.org", "--out", "p.zip"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("BotFrameworkAuth:MicrosoftAppId", result.Error, StringComparison.Ordinal);
        Assert.Contains("BotFrameworkAuth__MicrosoftAppId", result.Error, StringComparison.Ordinal);
        Assert.Contains("--app-id", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "p.zip")));
    }

    [Theory]
    [InlineData("guidancebot", "\"guidancebot\", which is not a GUID")]
    [InlineData("{0b8f4a6e-2f43-4d3c-9d51-6a1f0e2c7b90}", "which is not a GUID")]
    [InlineData("00000000-0000-0000-0000-000000000000", "the all-zero placeholder GUID")]
    public async Task AnAppIdThatIsNotAUsableGuidIsRefused(string appId, string expected)
    {
        var result = await TeamsPackageTool.RunAsync(_folder, ["--app-id", appId, "--domain", "guidancebot.example.org", "--out", "p.zip"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "p.zip")));
    }

    [Theory]
    [InlineData(null, "TeamsApp__Domain")]
    [InlineData("https://guidancebot.example.org/api/messages", "not a host name")]
    [InlineData("guidancebot.example.org:443", "not a host name")]
    public async Task AMissingOrMalformedDomainIsRefused(string? domain, string expected)
    {
        string[] domainOption = domain is null ? [] : ["--domain", domain];
        var result = await TeamsPackageTool.RunAsync(_folder, ["--app-id", AppId, .. domainOption, "--out", "p.zip"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "p.zip")));
    }

    [Fact]
    public async Task AMistypedOptionIsAnErrorNotAnIgnoredSetting()
    {
        var result = await TeamsPackageTool.RunAsync(_folder, ["--appid", AppId, "--domain", "guidancebot.example.org"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown option \"--appid\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCommandLineOverridesEnvironmentVariablesWhichOverrideTheSettingsFile()
    {
        await File.WriteAllTextAsync(
            Path.Combine(_folder, "settings.json"),
            """{ "BotFrameworkAuth": { "MicrosoftAppId": "11111111-1111-4111-8111-111111111111" }, "TeamsApp": { "Domain": "file.example.org", "Version": "1.0.1" } }""");
        var environment = new Dictionary<string, string?>
        {
            ["BotFrameworkAuth__MicrosoftAppId"] = "22222222-2222-4222-8222-222222222222",
            ["TeamsApp__Domain"] = "environment.example.org",
            ["TeamsApp__PrivacyUrl"] = "https://policies.example.net/guidancebot-privacy",
        };

        var result = await TeamsPackageTool.RunAsync(
            _folder, ["--settings", "settings.json", "--app-id", AppId, "--out", "p.zip"], environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var zip = ZipFile.OpenRead(Path.Combine(_folder, "p.zip"));
        using var stream = zip.GetEntry("manifest.json")!.Open();
        var manifest = (await JsonNode.ParseAsync(stream))!;
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("environment.example.org", (string?)manifest["validDomains"]![0]);
        Assert.Equal("1.0.1", (string?)manifest["version"]);
        Assert.Equal("https://policies.example.net/guidancebot-privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal("https://environment.example.org/terms", (string?)manifest["developer"]!["termsOfUseUrl"]);
    }

    [Fact]
    public async Task ANamedSettingsFileThatDoesNotExistIsAnError()
    {
        var result = await TeamsPackageTool.RunAsync(_folder, ["--settings", "nowhere.json", "--app-id", AppId, "--domain", "guidancebot.example.org"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nowhere.json does not exist", result.Error, StringComparison.Ordinal);
    }
}
