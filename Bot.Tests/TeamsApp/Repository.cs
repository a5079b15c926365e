namespace GuidanceBot.Tests.TeamsApp;

/// <summary>The checkout the tests were built from: the first folder above the test binaries that holds GuidanceBot.sln.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GuidanceBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No GuidanceBot.sln above {AppContext.BaseDirectory}.");
    });

    public static string Root => RootPath.Value;

    public static string PathTo(params string[] parts) => Path.Combine([Root, .. parts]);
}
