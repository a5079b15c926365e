using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GuidanceBot.TeamsPackage;

/// <summary>
/// Fills the committed manifest template (<c>Bot/TeamsApp/manifest.json</c>, embedded in this tool) with the
/// configured values. Field by field on the JSON tree, never by text replacement, so the template stays a valid
/// manifest that the validator checks on its own.
/// </summary>
internal static class TeamsManifest
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        // Keep apostrophes and quotes readable in the descriptions; the file is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Build(TeamsPackageSettings settings)
    {
        var manifest = JsonNode.Parse(PackageResources.Read(FileName))?.AsObject()
            ?? throw new InvalidOperationException("The embedded manifest template is empty.");

        // One identity: the Teams app id is the bot's App ID, as Microsoft's bot samples do.
        manifest["id"] = settings.AppIdText;
        if (settings.Version is { } version)
        {
            manifest["version"] = version;
        }

        var developer = Required(manifest, "developer").AsObject();
        developer["websiteUrl"] = settings.WebsiteUrl.AbsoluteUri;
        developer["privacyUrl"] = settings.PrivacyUrl.AbsoluteUri;
        developer["termsOfUseUrl"] = settings.TermsOfUseUrl.AbsoluteUri;

        var bots = Required(manifest, "bots").AsArray();
        if (bots.Count != 1)
        {
            throw new InvalidOperationException("The manifest template must declare exactly one bot.");
        }

        bots[0]!["botId"] = settings.AppIdText;
        manifest["validDomains"] = new JsonArray(settings.Domain);

        return Encoding.UTF8.GetBytes(manifest.ToJsonString(Output) + "\n");
    }

    /// <summary>
    /// The translation files the manifest's <c>localizationInfo</c> names (Teams shows the app's name, description
    /// and command list from the one matching the user's client language). Each must sit at the package root.
    /// </summary>
    public static IReadOnlyList<string> LanguageFiles(byte[] manifest)
    {
        var localization = JsonNode.Parse(manifest)?["localizationInfo"];
        if (localization is null)
        {
            return [];
        }

        var files = (localization["additionalLanguages"]?.AsArray() ?? [])
            .Select(language => (string?)language?["file"])
            .Append((string?)localization["defaultLanguageFile"])
            .OfType<string>()
            .ToList();
        var nested = files.FirstOrDefault(file => file.Contains('/') || file.Contains('\\') || file == FileName);
        if (nested is not null)
        {
            throw new InvalidOperationException($"The manifest's language file \"{nested}\" must be a separate file at the package root.");
        }

        return files;
    }

    private static JsonNode Required(JsonObject manifest, string property) =>
        manifest[property] ?? throw new InvalidOperationException($"The manifest template has no \"{property}\".");
}
