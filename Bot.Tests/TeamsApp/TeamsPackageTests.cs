using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.TeamsApp;

/// <summary>
/// The zip the build step writes (protocol.md §7 case 25): manifest at the root with the configured ids, the
/// <c>groupChat</c> casing and the five commands; icons of the right size and transparency; the manifest passes
/// the official schema offline. Teams shows the name, description and commands in French, Spanish or Arabic from
/// the language files (localizationInfo), and a translated command is a word the bot understands in that language.
/// </summary>
[Trait("Category", TestCategories.RealClients)]
public sealed class TeamsPackageTests(TeamsPackageFixture package) : IClassFixture<TeamsPackageFixture>
{
    private static readonly string[] Commands = ["start", "help", "start over", "summary", "ask a question"];

    [Fact]
    public void TheBuildStepWritesAZipWithTheManifestAndBothIconsAtItsRoot()
    {
        Assert.True(package.Build.ExitCode == 0, package.Build.ToString());
        Assert.Contains(package.ZipPath, package.Build.Output, StringComparison.Ordinal);

        Assert.Equal(["ar.json", "color.png", "es.json", "fr.json", "manifest.json", "outline.png"], package.Entries.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheManifestCarriesTheConfiguredAppIdDomainAndVersion()
    {
        var manifest = package.Manifest;

        Assert.Equal(TeamsPackageFixture.AppId, (string?)manifest["id"]);
        Assert.Equal(TeamsPackageFixture.AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal([TeamsPackageFixture.Domain], manifest["validDomains"]!.AsArray().Select(domain => (string?)domain));
        Assert.Equal(TeamsPackageFixture.Version, (string?)manifest["version"]);
        foreach (var page in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.StartsWith($"https://{TeamsPackageFixture.Domain}/", (string?)manifest["developer"]![page], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheManifestIsOnTheSchemaVersionItsValidatorBundles()
    {
        var manifest = package.Manifest;

        Assert.Equal("1.30", (string?)manifest["manifestVersion"]);
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
    }

    [Fact]
    public void TheBotIsConversationalInPersonalChatsTeamsAndGroupChatsWithCurrentCasing()
    {
        var bot = package.Manifest["bots"]!.AsArray().Single()!;

        // Ordinal: "groupchat", as older docs spell it, fails the current schema.
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(scope => (string?)scope));
        Assert.False((bool)bot["supportsFiles"]!);
        Assert.False((bool)bot["isNotificationOnly"]!);
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("team")]
    [InlineData("groupChat")]
    public void EveryScopeOffersTheFiveCommandsWithinTheDocumentedLengths(string scope)
    {
        var lists = package.Manifest["bots"]![0]!["commandLists"]!.AsArray()
            .Where(list => list!["scopes"]!.AsArray().Any(s => (string?)s == scope))
            .ToList();

        var commands = Assert.Single(lists)!["commands"]!.AsArray().Select(command => command!.AsObject()).ToList();
        Assert.Equal(Commands, commands.Select(command => (string?)command["title"]));
        Assert.All(commands, command =>
        {
            Assert.InRange(((string)command["title"]!).Length, 1, 32);
            Assert.InRange(((string)command["description"]!).Length, 1, 128);
        });
    }

    [Fact]
    public void TheColorIconIs192SquareFullyOpaqueWithAWhiteMarkOnTheAccentColor()
    {
        var icon = PngImage.Decode(package.Entries["color.png"]);

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.AllPixels(), pixel => Assert.Equal(255, pixel.A));
        var accent = Convert.FromHexString(((string)package.Manifest["accentColor"]!).TrimStart('#'));
        Assert.Equal((accent[0], accent[1], accent[2], (byte)255), icon.PixelAt(0, 0));
        Assert.Equal((accent[0], accent[1], accent[2], (byte)255), icon.PixelAt(191, 191));
        // The mark stays inside the central 96×96 (48 px padding) and is really there.
        Assert.Contains(icon.AllPixels(), pixel => pixel is (255, 255, 255, 255));
        for (var i = 0; i < 192; i++)
        {
            Assert.Equal(icon.PixelAt(0, 0), icon.PixelAt(i, 47));
            Assert.Equal(icon.PixelAt(0, 0), icon.PixelAt(47, i));
            Assert.Equal(icon.PixelAt(0, 0), icon.PixelAt(i, 144));
            Assert.Equal(icon.PixelAt(0, 0), icon.PixelAt(144, i));
        }
    }

    [Fact]
    public void TheOutlineIconIs32SquareWithOnlyWhiteOrFullyTransparentPixels()
    {
        var icon = PngImage.Decode(package.Entries["outline.png"]);

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.Equal(PngImage.Rgba, icon.ColorType);
        Assert.All(icon.AllPixels(), pixel => Assert.True(
            pixel is (255, 255, 255, 255) || pixel.A == 0,
            $"pixel {pixel} is neither opaque white nor fully transparent"));
        var white = icon.AllPixels().Count(pixel => pixel.A == 255);
        Assert.InRange(white, 100, (32 * 32) - 100); // a mark, neither blank nor a filled square
    }

    [Fact]
    public void TheIconsInTheZipAreTheOnesCommittedInBotTeamsApp()
    {
        Assert.Equal(File.ReadAllBytes(Repository.PathTo("Bot", "TeamsApp", "color.png")), package.Entries["color.png"]);
        Assert.Equal(File.ReadAllBytes(Repository.PathTo("Bot", "TeamsApp", "outline.png")), package.Entries["outline.png"]);
    }

    [Fact]
    public async Task TheManifestPassesTheOfficialTeamsSchemaOfflineAndTheDocumentedRules()
    {
        var run = await ManifestValidator.RunAsync(package.ExtractedManifestPath);

        var report = Assert.Single(run.Reports);
        Assert.True(run.ExitCode == 0 && report.Errors.Count == 0, report.ToString());
        Assert.StartsWith("@microsoft/app-manifest@", run.Validator, StringComparison.Ordinal);
        Assert.Equal((string?)package.Manifest["$schema"], report.Schema);
    }
}
