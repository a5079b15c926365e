using System.Text.Json.Nodes;

namespace GuidanceBot.Tests.TeamsApp;

/// <summary>
/// Runs <c>tools/teams-validator/validate-manifest.js</c> in Node: the official Teams schema bundled in the npm
/// package <c>@microsoft/app-manifest</c>, offline, plus the documented rules the schema leaves out. Fails the
/// test with a plain instruction when Node or the npm packages are missing, never skips.
/// </summary>
public static class ManifestValidator
{
    public static string ValidatorDirectory => Path.Combine(Repository.Root, "tools", "teams-validator");

    /// <summary>Validates the files in one Node run; the result holds one report per file, in order.</summary>
    public static async Task<ValidationRun> RunAsync(params string[] manifestPaths)
    {
        var packageJson = Path.Combine(ValidatorDirectory, "node_modules", "@microsoft", "app-manifest", "package.json");
        Assert.True(File.Exists(packageJson),
            "The validator's npm packages are not installed. Run ./scripts/test.sh (it runs npm ci), or " +
            "`npm ci` in tools/teams-validator.");

        ProcessResult result;
        try
        {
            result = await ChildProcess.RunAsync("node", ["validate-manifest.js", .. manifestPaths], ValidatorDirectory);
        }
        catch (InvalidOperationException exception)
        {
            throw new InvalidOperationException("Node.js 20 or newer must be on PATH to validate the Teams manifest.", exception);
        }

        Assert.True(result.ExitCode is 0 or 1, $"The validator could not run.\n{result}");
        var report = JsonNode.Parse(result.Output)!.AsObject();
        var reports = report["results"]!.AsArray().Select(item => new ManifestReport(item!.AsObject())).ToList();
        Assert.Equal(manifestPaths.Length, reports.Count);
        return new ValidationRun(result.ExitCode, (string)report["validator"]!, reports);
    }
}
