using GuidanceBot.TeamsPackage.Icons;
using Microsoft.Extensions.Configuration;

namespace GuidanceBot.TeamsPackage;

/// <summary>
/// The tool's entry: read the arguments and settings, check them, write the zip. Exit codes: 0 written,
/// 2 bad arguments or settings (each problem on its own line of standard error, nothing written).
/// </summary>
internal static class TeamsPackageCommand
{
    public const int Succeeded = 0;
    public const int InvalidInput = 2;

    public static int Run(IReadOnlyList<string> args, string workingDirectory, TextWriter output, TextWriter error)
    {
        var arguments = TeamsPackageArguments.Parse(args, out var argumentError);
        if (arguments is null)
        {
            error.WriteLine($"error: {argumentError}");
            error.WriteLine(TeamsPackageArguments.Usage);
            return InvalidInput;
        }

        if (arguments.Help)
        {
            output.WriteLine(TeamsPackageArguments.Usage);
            return Succeeded;
        }

        if (arguments.WriteIconsDirectory is { } iconsDirectory)
        {
            foreach (var written in IconFiles.Write(Path.GetFullPath(iconsDirectory, workingDirectory)))
            {
                output.WriteLine($"Wrote {written}");
            }

            return Succeeded;
        }

        var configuration = BuildConfiguration(arguments, workingDirectory, out var settingsProblem);
        if (configuration is null)
        {
            error.WriteLine($"error: {settingsProblem}");
            return InvalidInput;
        }

        var settings = TeamsPackageSettings.Read(configuration, out var problems);
        if (settings is null)
        {
            foreach (var problem in problems)
            {
                error.WriteLine($"error: {problem}");
            }

            error.WriteLine("No package was written.");
            return InvalidInput;
        }

        var zipPath = Path.GetFullPath(arguments.OutputPath ?? TeamsAppPackage.DefaultPath, workingDirectory);
        TeamsAppPackage.Write(zipPath, TeamsManifest.Build(settings));
        output.WriteLine($"Wrote {zipPath}");
        output.WriteLine($"  bot and app id {settings.AppIdText}, domain {settings.Domain}, version {settings.Version ?? "from the template"}");
        return Succeeded;
    }

    /// <summary>Settings file, then environment variables, then the command line: the order ASP.NET Core uses.</summary>
    private static IConfiguration? BuildConfiguration(TeamsPackageArguments arguments, string workingDirectory, out string? problem)
    {
        var builder = new ConfigurationBuilder();
        var settingsPath = Path.GetFullPath(arguments.SettingsPath ?? "appsettings.json", workingDirectory);
        if (File.Exists(settingsPath))
        {
            builder.AddJsonFile(settingsPath, optional: false, reloadOnChange: false);
        }
        else if (arguments.SettingsPath is not null)
        {
            problem = $"The settings file {settingsPath} does not exist.";
            return null;
        }

        builder.AddEnvironmentVariables();
        builder.AddInMemoryCollection(arguments.Settings);

        try
        {
            problem = null;
            return builder.Build();
        }
        catch (Exception exception) when (exception is InvalidDataException or FormatException)
        {
            // A settings file that is not valid JSON.
            problem = exception.Message;
            return null;
        }
    }
}
