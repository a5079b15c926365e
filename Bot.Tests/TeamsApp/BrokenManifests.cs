using System.Text.Json.Nodes;

namespace GuidanceBot.Tests.TeamsApp;

/// <summary>
/// The committed template and one broken copy per breakage, written to a temporary folder and validated in a
/// single Node run (the schema compiles once per run, which is most of its cost).
/// </summary>
public sealed class BrokenManifests : IAsyncLifetime
{
    public static readonly IReadOnlyDictionary<string, Action<JsonObject>> Breakages = new Dictionary<string, Action<JsonObject>>
    {
        ["lower-case groupchat scope"] = manifest => manifest["bots"]![0]!["scopes"]![2] = "groupchat",
        ["missing botId"] = manifest => manifest["bots"]![0]!.AsObject().Remove("botId"),
        ["botId that is not a GUID"] = manifest => manifest["bots"]![0]!["botId"] = "guidancebot",
        ["short name of 31 characters"] = manifest => manifest["name"]!["short"] = new string('G', 31),
        ["manifestVersion other than the schema's"] = manifest => manifest["manifestVersion"] = "1.24",
        ["accent colour without #"] = manifest => manifest["accentColor"] = "2F6FAD",
        ["a second bot"] = manifest => manifest["bots"]!.AsArray().Add(manifest["bots"]![0]!.DeepClone()),
        ["schema version no package bundles"] = manifest =>
            manifest["$schema"] = "https://developer.microsoft.com/json-schemas/teams/v1.18/MicrosoftTeams.schema.json",
        ["plain http privacy page"] = manifest => manifest["developer"]!["privacyUrl"] = "http://guidancebot.example.org/privacy",
        ["command title of 33 characters"] = manifest =>
            manifest["bots"]![0]!["commandLists"]![0]!["commands"]![0]!["title"] = new string('s', 33),
        ["full name equal to short name"] = manifest => manifest["name"]!["full"] = (string?)manifest["name"]!["short"],
        ["domain given as a URL"] = manifest => manifest["validDomains"]![0] = "https://guidancebot.example.org",
        ["language file that is not in the package"] = manifest => LanguageFile(manifest, 0, "de.json"),
        ["language listed twice"] = manifest => manifest["localizationInfo"]!["additionalLanguages"]![1]!["languageTag"] = "fr",
        ["translated short description of 81 characters"] = manifest => LanguageFile(manifest, 0, "long-description.json"),
        ["translation of a command the manifest lacks"] = manifest => LanguageFile(manifest, 0, "extra-command.json"),
    };

    /// <summary>Broken copies of the committed French file, written beside the manifests as these files.</summary>
    public static readonly IReadOnlyDictionary<string, Action<JsonObject>> BrokenLanguageFiles = new Dictionary<string, Action<JsonObject>>
    {
        ["long-description.json"] = strings => strings["description.short"] = new string('d', 81),
        ["extra-command.json"] = strings => strings["bots[0].commandLists[2].commands[0].title"] = "aide",
    };

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"teams-manifests-{Guid.NewGuid():N}");
    private readonly List<string> _cases = [.. Breakages.Keys];

    public ValidationRun Run { get; private set; } = null!;

    public ManifestReport Template => Run.Reports[0];

    public ManifestReport For(string breakage) => Run.Reports[1 + _cases.IndexOf(breakage)];

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var template = await File.ReadAllTextAsync(Repository.PathTo("Bot", "TeamsApp", "manifest.json"));

        // The language files the template names sit beside every manifest, as they do in the package.
        foreach (var tag in new[] { "fr", "es", "ar" })
        {
            File.Copy(Repository.PathTo("Bot", "TeamsApp", $"{tag}.json"), Path.Combine(_folder, $"{tag}.json"));
        }

        foreach (var (name, breakage) in BrokenLanguageFiles)
        {
            var strings = JsonNode.Parse(await File.ReadAllTextAsync(Repository.PathTo("Bot", "TeamsApp", "fr.json")))!.AsObject();
            breakage(strings);
            await File.WriteAllTextAsync(Path.Combine(_folder, name), strings.ToJsonString());
        }

        var files = new List<string> { Path.Combine(_folder, "template.json") };
        await File.WriteAllTextAsync(files[0], template);
        for (var i = 0; i < _cases.Count; i++)
        {
            var manifest = JsonNode.Parse(template)!.AsObject();
            Breakages[_cases[i]](manifest);
            files.Add(Path.Combine(_folder, $"broken-{i}.json"));
            await File.WriteAllTextAsync(files[^1], manifest.ToJsonString());
        }

        Run = await ManifestValidator.RunAsync([.. files]);
    }

    private static void LanguageFile(JsonObject manifest, int language, string file) =>
        manifest["localizationInfo"]!["additionalLanguages"]![language]!["file"] = file;

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
