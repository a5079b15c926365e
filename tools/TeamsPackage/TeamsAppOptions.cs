namespace GuidanceBot.TeamsPackage;

/// <summary>
/// The "TeamsApp" section: what the package needs beyond the bot's App ID (read from
/// <c>BotFrameworkAuth:MicrosoftAppId</c>). Only <see cref="Domain"/> is required.
/// </summary>
internal sealed class TeamsAppOptions
{
    public const string Section = "TeamsApp";

    /// <summary>The bot's public host name, e.g. <c>guidancebot.example.org</c>: the manifest's <c>validDomains</c> and the default developer pages.</summary>
    public string? Domain { get; set; }

    /// <summary>The app version Teams compares on upload (MAJOR.MINOR.PATCH); raise it for every new upload. Default: the template's.</summary>
    public string? Version { get; set; }

    /// <summary>The developer's website; default <c>https://{Domain}/</c>.</summary>
    public string? WebsiteUrl { get; set; }

    /// <summary>The privacy statement; default <c>https://{Domain}/privacy</c>.</summary>
    public string? PrivacyUrl { get; set; }

    /// <summary>The terms of use; default <c>https://{Domain}/terms</c>.</summary>
    public string? TermsOfUseUrl { get; set; }
}
