namespace GuidanceBot.TeamsPackage.Icons;

/// <summary>
/// The two icon files by the names the manifest uses. The committed copies in <c>Bot/TeamsApp/</c> are made with
/// <c>--write-icons Bot/TeamsApp</c>; a test checks they still match what <see cref="IconArtwork"/> draws.
/// </summary>
internal static class IconFiles
{
    public const string Color = "color.png";
    public const string Outline = "outline.png";

    public static IReadOnlyList<string> Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var colorPath = Path.Combine(directory, Color);
        var outlinePath = Path.Combine(directory, Outline);
        File.WriteAllBytes(colorPath, PngEncoder.Encode(IconArtwork.PaintColor()));
        File.WriteAllBytes(outlinePath, PngEncoder.Encode(IconArtwork.PaintOutline()));
        return [colorPath, outlinePath];
    }
}
