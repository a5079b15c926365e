namespace GuidanceBot.Tests.TeamsApp;

/// <summary>
/// The real build step, <c>tools/TeamsPackage</c>, run as its own process (<c>dotnet TeamsPackage.dll</c>, copied
/// next to the tests by the project reference), so arguments, environment variables, the settings file and the
/// exit code are all exercised as a developer or CI would meet them.
/// </summary>
public static class TeamsPackageTool
{
    /// <summary>Settings this machine may carry that would leak into a test; each run starts without them.</summary>
    private static readonly string[] InheritedSettings =
    [
        "BotFrameworkAuth__MicrosoftAppId", "TeamsApp__Domain", "TeamsApp__Version",
        "TeamsApp__WebsiteUrl", "TeamsApp__PrivacyUrl", "TeamsApp__TermsOfUseUrl",
    ];

    public static Task<ProcessResult> RunAsync(
        string workingDirectory,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var variables = InheritedSettings.ToDictionary(name => name, _ => (string?)null);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        var tool = Path.Combine(AppContext.BaseDirectory, "TeamsPackage.dll");
        Assert.True(File.Exists(tool), $"{tool} is missing; the test project references tools/TeamsPackage, so building the tests builds it.");
        return ChildProcess.RunAsync(DotnetHost(), [tool, .. arguments], workingDirectory, variables);
    }

    /// <summary>The dotnet host running these tests (the SDK sets DOTNET_HOST_PATH); else <c>dotnet</c> from PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
