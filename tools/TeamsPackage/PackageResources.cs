namespace GuidanceBot.TeamsPackage;

/// <summary>The files from <c>Bot/TeamsApp/</c> embedded at build time (see TeamsPackage.csproj).</summary>
internal static class PackageResources
{
    public static byte[] Read(string fileName)
    {
        using var stream = typeof(PackageResources).Assembly.GetManifestResourceStream($"TeamsApp/{fileName}")
            ?? throw new InvalidOperationException($"Bot/TeamsApp/{fileName} was not embedded in the tool.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
