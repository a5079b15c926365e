using System.IO.Compression;
using GuidanceBot.TeamsPackage.Icons;

namespace GuidanceBot.TeamsPackage;

/// <summary>
/// Writes the zip Teams accepts: <c>manifest.json</c>, the two icons and the language files the manifest names
/// (<c>localizationInfo</c>), all at the root, no folders. Entries carry a
/// fixed timestamp so the same inputs give the same bytes.
/// </summary>
internal static class TeamsAppPackage
{
    public const string DefaultPath = "artifacts/teams/guidancebot-teams.zip";

    private static readonly DateTimeOffset EntryTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(string zipPath, byte[] manifest)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(zipPath))!;
        Directory.CreateDirectory(directory);

        // Written beside the target and moved into place, so a failed run never leaves half a package behind.
        var partial = Path.Combine(directory, $".{Path.GetFileName(zipPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = File.Create(partial))
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
            {
                AddEntry(zip, TeamsManifest.FileName, manifest);
                AddEntry(zip, IconFiles.Color, PackageResources.Read(IconFiles.Color));
                AddEntry(zip, IconFiles.Outline, PackageResources.Read(IconFiles.Outline));
                foreach (var languageFile in TeamsManifest.LanguageFiles(manifest))
                {
                    AddEntry(zip, languageFile, PackageResources.Read(languageFile));
                }
            }

            File.Move(partial, zipPath, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static void AddEntry(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
