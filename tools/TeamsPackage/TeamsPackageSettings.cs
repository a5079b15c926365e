using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace GuidanceBot.TeamsPackage;

/// <summary>
/// The checked values that go into the manifest. <see cref="Read"/> reports every problem at once, each naming
/// the setting, its environment variable and the command-line option that fix it.
/// </summary>
internal sealed partial record TeamsPackageSettings(
    Guid AppId,
    string Domain,
    string? Version,
    Uri WebsiteUrl,
    Uri PrivacyUrl,
    Uri TermsOfUseUrl)
{
    public const string AppIdKey = "BotFrameworkAuth:MicrosoftAppId";

    /// <summary>The App ID in the form Teams and Azure show it: lower case, with hyphens.</summary>
    public string AppIdText => AppId.ToString("D");

    public static TeamsPackageSettings? Read(IConfiguration configuration, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        var options = new TeamsAppOptions();
        configuration.GetSection(TeamsAppOptions.Section).Bind(options);

        var appId = ReadAppId(configuration[AppIdKey], problems);
        var domain = ReadDomain(options.Domain, problems);
        var version = ReadVersion(options.Version, problems);
        var website = ReadUrl(nameof(TeamsAppOptions.WebsiteUrl), options.WebsiteUrl, domain, "/", problems);
        var privacy = ReadUrl(nameof(TeamsAppOptions.PrivacyUrl), options.PrivacyUrl, domain, "/privacy", problems);
        var terms = ReadUrl(nameof(TeamsAppOptions.TermsOfUseUrl), options.TermsOfUseUrl, domain, "/terms", problems);

        errors = problems;
        return problems.Count == 0
            ? new TeamsPackageSettings(appId, domain!, version, website!, privacy!, terms!)
            : null;
    }

    private static Guid ReadAppId(string? value, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(
                $"The bot's Microsoft App ID is missing. Set {AppIdKey} (environment variable " +
                "BotFrameworkAuth__MicrosoftAppId) or pass --app-id; it is the Azure Bot's App ID, a GUID.");
            return Guid.Empty;
        }

        if (!Guid.TryParseExact(value.Trim(), "D", out var appId))
        {
            problems.Add(
                $"{AppIdKey} is \"{value}\", which is not a GUID. Use the Azure Bot's Microsoft App ID, " +
                "in the form 00000000-0000-0000-0000-000000000000.");
        }
        else if (appId == Guid.Empty)
        {
            problems.Add($"{AppIdKey} is the all-zero placeholder GUID. Use the Azure Bot's Microsoft App ID.");
        }

        return appId;
    }

    private static string? ReadDomain(string? value, List<string> problems)
    {
        const string Setting = $"{TeamsAppOptions.Section}:{nameof(TeamsAppOptions.Domain)}";
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(
                $"The bot's domain is missing. Set {Setting} (environment variable TeamsApp__Domain) or pass " +
                "--domain, e.g. guidancebot.example.org.");
            return null;
        }

        var domain = value.Trim().ToLowerInvariant();
        if (!HostName().IsMatch(domain))
        {
            problems.Add(
                $"{Setting} is \"{value}\", which is not a host name. Give the bare name such as " +
                "guidancebot.example.org, without https://, port or path.");
            return null;
        }

        return domain;
    }

    private static string? ReadVersion(string? value, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!SemanticVersion().IsMatch(value.Trim()))
        {
            problems.Add($"{TeamsAppOptions.Section}:{nameof(TeamsAppOptions.Version)} is \"{value}\"; use MAJOR.MINOR.PATCH, e.g. 1.0.1.");
        }

        return value.Trim();
    }

    private static Uri? ReadUrl(string name, string? value, string? domain, string defaultPath, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return domain is null ? null : new Uri($"https://{domain}{defaultPath}");
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add($"{TeamsAppOptions.Section}:{name} is \"{value}\"; Teams needs an absolute https:// URL.");
            return null;
        }

        return url;
    }

    // Labels of letters, digits and inner hyphens, at least two of them, 253 characters in all.
    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex HostName();

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex SemanticVersion();
}
