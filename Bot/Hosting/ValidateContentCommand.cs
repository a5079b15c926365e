using GuidanceBot.Knowledge.Loading;

namespace GuidanceBot.Bot.Hosting;

/// <summary>
/// <c>dotnet run --project Bot -- validate-content [path]</c>: checks a content folder the way the bot does on
/// load and prints each finding as <c>file:line: message</c>. Exit code 1 when there are errors.
/// </summary>
public static class ValidateContentCommand
{
    public const string Name = "validate-content";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static int Run(string[] args, TextWriter output)
    {
        var path = args.Length > 1 ? ArgumentPath(args[1]) : ConfiguredContentPath();
        var result = KnowledgeLoader.Load(path);
        foreach (var message in result.Report.Messages)
        {
            output.WriteLine(message);
        }

        var errors = result.Report.Errors.Count();
        var warnings = result.Report.Warnings.Count();
        output.WriteLine(result.Succeeded
            ? $"{path}: content is valid ({result.KnowledgeBase!.Items.Count} items, {result.KnowledgeBase.Rules.Count} rules, {warnings} warning(s))."
            : $"{path}: {errors} error(s), {warnings} warning(s); the bot would not load this content.");
        return result.Succeeded ? 0 : 1;
    }

    /// <summary>
    /// A relative path is looked up from the current folder and then its parents: <c>dotnet run --project Bot</c>
    /// may run in the project's folder, while the editor typed a path from the repository root.
    /// </summary>
    private static string ArgumentPath(string argument)
    {
        if (Path.IsPathRooted(argument))
        {
            return argument;
        }

        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, argument);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(argument);
    }

    /// <summary>The folder the bot itself would load: appsettings.json and Knowledge__ContentPath, as at start-up.</summary>
    private static string ConfiguredContentPath()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        return (configuration.GetSection(KnowledgeHostingOptions.Section).Get<KnowledgeHostingOptions>() ?? new()).ResolveContentPath();
    }
}
