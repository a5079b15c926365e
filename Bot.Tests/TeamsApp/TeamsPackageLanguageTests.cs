using System.Text.Json.Nodes;
using GuidanceBot.Tests.Knowledge;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.TeamsApp;

/// <summary>
/// The package in French, Spanish and Arabic: the manifest names one language file per language
/// (<c>localizationInfo</c>), each is in the zip as committed, translates the name, the descriptions and every
/// command, and each translated command title is a word the bot understands in that language (Teams sends the
/// title the user picked as the message text).
/// </summary>
[Trait("Category", TestCategories.RealClients)]
public sealed class TeamsPackageLanguageTests(TeamsPackageFixture package) : IClassFixture<TeamsPackageFixture>
{
    private static readonly string[] Languages = ["fr", "es", "ar"];

    /// <summary>The command each manifest command title triggers, by its English title.</summary>
    private static readonly Dictionary<string, string> CommandOfTitle = new(StringComparer.Ordinal)
    {
        ["start"] = "start",
        ["help"] = "help",
        ["start over"] = "restart",
        ["summary"] = "summary",
        ["ask a question"] = "ask",
    };

    [Fact]
    public void TheManifestIsInEnglishAndOffersFrenchSpanishAndArabicFromFilesInTheZip()
    {
        var localization = package.Manifest["localizationInfo"]!;

        Assert.Equal("en", (string?)localization["defaultLanguageTag"]);
        var languages = localization["additionalLanguages"]!.AsArray()
            .Select(language => ((string)language!["languageTag"]!, (string)language["file"]!))
            .ToList();
        Assert.Equal(Languages.Select(tag => (tag, $"{tag}.json")), languages);
        foreach (var (_, file) in languages)
        {
            Assert.Equal(File.ReadAllBytes(Repository.PathTo("Bot", "TeamsApp", file)), package.Entries[file]);
        }
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("ar")]
    public void EachLanguageFileTranslatesTheNameTheDescriptionsAndEveryCommand(string tag)
    {
        var strings = LanguageFile(tag);
        var manifest = package.Manifest;

        var expected = new List<string> { "$schema", "name.short", "name.full", "description.short", "description.full" };
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        for (var list = 0; list < lists.Count; list++)
        {
            for (var command = 0; command < lists[list]!["commands"]!.AsArray().Count; command++)
            {
                expected.Add($"bots[0].commandLists[{list}].commands[{command}].title");
                expected.Add($"bots[0].commandLists[{list}].commands[{command}].description");
            }
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), strings.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        Assert.Equal(((string)manifest["$schema"]!).Replace("MicrosoftTeams.schema.json", "MicrosoftTeams.Localization.schema.json", StringComparison.Ordinal), (string?)strings["$schema"]);

        // The product name stays; every sentence is translated (none is the English one).
        Assert.Equal((string?)manifest["name"]!["short"], (string?)strings["name.short"]);
        Assert.NotEqual((string?)manifest["name"]!["full"], (string?)strings["name.full"]);
        Assert.NotEqual((string?)manifest["description"]!["short"], (string?)strings["description.short"]);
        Assert.NotEqual((string?)manifest["description"]!["full"], (string?)strings["description.full"]);
        for (var list = 0; list < lists.Count; list++)
        {
            var commands = lists[list]!["commands"]!.AsArray();
            for (var command = 0; command < commands.Count; command++)
            {
                Assert.NotEqual((string?)commands[command]!["description"], (string?)strings[$"bots[0].commandLists[{list}].commands[{command}].description"]);
            }
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("ar")]
    public void EveryCommandTitleIsAWordTheBotUnderstandsInThatLanguage(string tag)
    {
        var knowledge = ShippedContent.KnowledgeBase.In(tag);
        Assert.Equal(tag, knowledge.Locale);
        var strings = tag == "en" ? null : LanguageFile(tag);
        var lists = package.Manifest["bots"]![0]!["commandLists"]!.AsArray();

        for (var list = 0; list < lists.Count; list++)
        {
            var commands = lists[list]!["commands"]!.AsArray();
            for (var index = 0; index < commands.Count; index++)
            {
                var english = (string)commands[index]!["title"]!;
                var title = strings is null ? english : (string)strings[$"bots[0].commandLists[{list}].commands[{index}].title"]!;
                var command = CommandOfTitle[english];
                var words = knowledge.Responses.Commands[command];
                Assert.True(
                    words.Contains(title, StringComparer.OrdinalIgnoreCase),
                    $"The {tag} command title '{title}' (for '{english}') is not among the bot's {tag} words for '{command}': {string.Join(", ", words)}");
            }
        }
    }

    private JsonObject LanguageFile(string tag) => JsonNode.Parse(package.Entries[$"{tag}.json"])!.AsObject();
}
