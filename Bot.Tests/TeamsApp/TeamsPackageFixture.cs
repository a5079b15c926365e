using System.IO.Compression;
using System.Text.Json.Nodes;

namespace GuidanceBot.Tests.TeamsApp;

/// <summary>
/// Builds the package once with the real tool in a fresh folder, taking each value from a different source:
/// the App ID from a settings file, the domain from an environment variable, the version from the command line.
/// </summary>
public sealed class TeamsPackageFixture : IAsyncLifetime
{
    public const string AppId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    public const string Domain = "guidancebot.partner.example";
    public const string Version = "1.2.3";
    public const string ZipName = "out/guidancebot-teams.zip";

    public string WorkDirectory { get; } = Path.Combine(Path.GetTempPath(), $"teams-package-{Guid.NewGuid():N}");

    public ProcessResult Build { get; private set; } = null!;

    public string ZipPath => Path.Combine(WorkDirectory, ZipName);

    /// <summary>Every entry by its full name inside the zip.</summary>
    public IReadOnlyDictionary<string, byte[]> Entries { get; private set; } = new Dictionary<string, byte[]>();

    /// <summary>manifest.json from the zip, extracted to disk (with the language files beside it) for the validator.</summary>
    public string ExtractedManifestPath => Path.Combine(WorkDirectory, "extracted", "manifest.json");

    public JsonObject Manifest => JsonNode.Parse(Entries["manifest.json"])!.AsObject();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(WorkDirectory);
        await File.WriteAllTextAsync(
            Path.Combine(WorkDirectory, "appsettings.json"),
            $$"""{ "BotFrameworkAuth": { "MicrosoftAppId": "{{AppId}}" } }""");

        Build = await TeamsPackageTool.RunAsync(
            WorkDirectory,
            ["--version", Version, "--out", ZipName],
            new Dictionary<string, string?> { ["TeamsApp__Domain"] = Domain });
        if (Build.ExitCode != 0 || !File.Exists(ZipPath))
        {
            return; // the tests report Build
        }

        using var zip = ZipFile.OpenRead(ZipPath);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            entries[entry.FullName] = copy.ToArray();
        }

        Entries = entries;
        var extracted = Path.GetDirectoryName(ExtractedManifestPath)!;
        Directory.CreateDirectory(extracted);
        foreach (var (name, content) in entries.Where(entry => entry.Key.EndsWith(".json", StringComparison.Ordinal)))
        {
            await File.WriteAllBytesAsync(Path.Combine(extracted, Path.GetFileName(name)), content);
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(WorkDirectory, recursive: true);
        return Task.CompletedTask;
    }
}
