namespace GuidanceBot.TeamsPackage;

/// <summary>
/// The command line, parsed strictly: a mistyped option is an error rather than a silently ignored setting.
/// Options that name a setting (<c>--app-id</c>, <c>--domain</c>, <c>--version</c>) become the last configuration layer.
/// </summary>
internal sealed record TeamsPackageArguments
{
    public const string Usage = """
        Builds the Teams app package (docs/teams-app.md).

        Usage: dotnet run --project tools/TeamsPackage -- [options]

          --app-id <guid>      the Azure Bot's Microsoft App ID   (setting BotFrameworkAuth:MicrosoftAppId)
          --domain <host>      the bot's public host name         (setting TeamsApp:Domain)
          --version <x.y.z>    the app version; raise it per upload (setting TeamsApp:Version)
          --out <file.zip>     where to write the package         (default artifacts/teams/guidancebot-teams.zip)
          --settings <file>    settings file to read              (default ./appsettings.json when present)
          --write-icons <dir>  redraw color.png and outline.png into <dir> and stop
          --help               show this text

        Settings come from the settings file, then environment variables (BotFrameworkAuth__MicrosoftAppId,
        TeamsApp__Domain, TeamsApp__Version, TeamsApp__PrivacyUrl, ...), then these options.
        """;

    private static readonly Dictionary<string, string> SettingOptions = new(StringComparer.Ordinal)
    {
        ["--app-id"] = TeamsPackageSettings.AppIdKey,
        ["--domain"] = $"{TeamsAppOptions.Section}:{nameof(TeamsAppOptions.Domain)}",
        ["--version"] = $"{TeamsAppOptions.Section}:{nameof(TeamsAppOptions.Version)}",
    };

    public bool Help { get; private init; }

    public string? OutputPath { get; private init; }

    public string? SettingsPath { get; private init; }

    public string? WriteIconsDirectory { get; private init; }

    public IReadOnlyDictionary<string, string?> Settings { get; private init; } = new Dictionary<string, string?>();

    public static TeamsPackageArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        string? output = null, settingsPath = null, iconsDirectory = null;
        var help = false;

        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (option is "--help" or "-h")
            {
                help = true;
                continue;
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                error = SettingOptions.ContainsKey(option) || option is "--out" or "--settings" or "--write-icons"
                    ? $"{option} needs a value."
                    : $"Unknown option \"{option}\".";
                return null;
            }

            var value = args[++i];
            switch (option)
            {
                case "--out": output = value; break;
                case "--settings": settingsPath = value; break;
                case "--write-icons": iconsDirectory = value; break;
                case var known when SettingOptions.TryGetValue(known, out var key): settings[key] = value; break;
                default:
                    error = $"Unknown option \"{option}\".";
                    return null;
            }
        }

        error = null;
        return new TeamsPackageArguments
        {
            Help = help,
            OutputPath = output,
            SettingsPath = settingsPath,
            WriteIconsDirectory = iconsDirectory,
            Settings = settings,
        };
    }
}
