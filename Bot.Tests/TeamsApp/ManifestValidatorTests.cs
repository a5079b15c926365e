using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.TeamsApp;

/// <summary>
/// The validator can fail: each broken copy of the committed template is rejected with an error at the field
/// that is wrong, while the template itself passes.
/// </summary>
[Trait("Category", TestCategories.RealClients)]
public sealed class ManifestValidatorTests(BrokenManifests manifests) : IClassFixture<BrokenManifests>
{
    [Fact]
    public void TheCommittedTemplatePassesAndTheRunAsAWholeFails()
    {
        Assert.Empty(manifests.Template.Errors);
        Assert.Equal(1, manifests.Run.ExitCode);
    }

    [Theory]
    [InlineData("lower-case groupchat scope", "schema", "/bots/0/scopes/2")]
    [InlineData("missing botId", "schema", "/bots/0")]
    [InlineData("botId that is not a GUID", "schema", "/bots/0/botId")]
    [InlineData("short name of 31 characters", "schema", "/name/short")]
    [InlineData("manifestVersion other than the schema's", "schema", "/manifestVersion")]
    [InlineData("accent colour without #", "schema", "/accentColor")]
    [InlineData("a second bot", "schema", "/bots")]
    [InlineData("schema version no package bundles", "schema", "/$schema")]
    [InlineData("plain http privacy page", "rule", "/developer/privacyUrl")]
    [InlineData("command title of 33 characters", "rule", "/bots/0/commandLists/0/commands/0/title")]
    [InlineData("full name equal to short name", "rule", "/name")]
    [InlineData("domain given as a URL", "rule", "/validDomains/0")]
    [InlineData("language file that is not in the package", "rule", "/localizationInfo/additionalLanguages/0/file")]
    [InlineData("language listed twice", "rule", "/localizationInfo/additionalLanguages/1/languageTag")]
    [InlineData("translated short description of 81 characters", "schema", "long-description.json#/description.short")]
    [InlineData("translation of a command the manifest lacks", "rule", "extra-command.json#/bots[0].commandLists[2].commands[0].title")]
    public void ABrokenManifestIsRejectedAtTheFieldThatIsWrong(string breakage, string source, string path)
    {
        var report = manifests.For(breakage);

        Assert.Contains(report.Errors, error => error.Source == source && error.Path == path);
    }

    [Fact]
    public void AMissingBotIdIsNamedInTheMessage()
    {
        var report = manifests.For("missing botId");

        Assert.Contains(report.Errors, error => error.Message.Contains("botId", StringComparison.Ordinal));
    }
}
