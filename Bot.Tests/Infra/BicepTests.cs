using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;
using GuidanceBot.Tests.TeamsApp;

namespace GuidanceBot.Tests.Infra;

/// <summary>
/// infra/main.bicep compiles and lints with no error and no warning under the pinned bicep CLI (restored by the test
/// project as a NuGet package; its offline type data checks every resource's properties), and the template it compiles
/// to deploys what the bot needs, with settings the bot actually reads.
/// </summary>
[Trait("Category", TestCategories.RealClients)]
public sealed class BicepTests
{
    private const string BicepVersion = "0.49.2";

    private static readonly string Template = Repository.PathTo("infra", "main.bicep");
    private static readonly string Parameters = Repository.PathTo("infra", "main.bicepparam");

    // Compiled once: three tests read it.
    private static readonly Lazy<Task<ProcessResult>> Build = new(() => RunBicepAsync("build", Template, "--stdout"));

    [Fact]
    public async Task TheTemplateBuildsWithNoDiagnostics()
    {
        var build = await Build.Value;

        Assert.True(build.ExitCode == 0 && build.Error.Length == 0, build.ToString());
        Assert.Contains("\"resources\"", build.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("main.bicep")]
    [InlineData("main.bicepparam")]
    public async Task LintFindsNothing(string file)
    {
        var lint = await RunBicepAsync("lint", Repository.PathTo("infra", file));

        Assert.True(lint.ExitCode == 0 && lint.Output.Length == 0 && lint.Error.Length == 0, lint.ToString());
    }

    [Fact]
    public async Task TheParametersFileMatchesTheTemplate()
    {
        var build = await RunBicepAsync("build-params", Parameters, "--stdout");

        Assert.True(build.ExitCode == 0 && build.Error.Length == 0, build.ToString());
    }

    /// <summary>The silence above means something: the same lint, on a copy with a flaw, speaks.</summary>
    [Fact]
    public async Task LintReportsAFlawedCopy()
    {
        var folder = Directory.CreateTempSubdirectory("guidancebot-bicep-");
        try
        {
            File.Copy(Repository.PathTo("infra", "bicepconfig.json"), Path.Combine(folder.FullName, "bicepconfig.json"));
            var flawed = Path.Combine(folder.FullName, "main.bicep");
            File.WriteAllText(flawed, File.ReadAllText(Template) + "\nparam neverUsed string = 'x'\n");

            var lint = await RunBicepAsync("lint", flawed);

            Assert.Contains("no-unused-params", lint.Output + lint.Error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task TheTemplateDeploysTheBotItsIdentityStorageAndMonitoring()
    {
        var template = await CompiledTemplateAsync();
        var resources = Resources(template);

        var bot = Single(resources, "Microsoft.BotService/botServices");
        Assert.Equal("UserAssignedMSI", (string?)bot["properties"]?["msaAppType"]);
        Assert.NotNull(bot["properties"]?["msaAppMSIResourceId"]);
        var channels = resources.Where(r => Type(r) == "Microsoft.BotService/botServices/channels")
            .Select(r => (string?)r["properties"]?["channelName"])
            .Order(StringComparer.Ordinal);
        Assert.Equal(["DirectLineChannel", "MsTeamsChannel"], channels);

        var plan = Single(resources, "Microsoft.Web/serverfarms");
        Assert.True((bool?)plan["properties"]?["reserved"], "the plan must be Linux");
        var site = Single(resources, "Microsoft.Web/sites");
        Assert.True((bool?)site["properties"]?["httpsOnly"]);
        Assert.Equal("DOTNETCORE|10.0", (string?)site["properties"]?["siteConfig"]?["linuxFxVersion"]);
        Assert.Equal("1.2", (string?)site["properties"]?["siteConfig"]?["minTlsVersion"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]?["type"]);

        Single(resources, "Microsoft.ManagedIdentity/userAssignedIdentities");
        var storage = Single(resources, "Microsoft.Storage/storageAccounts");
        Assert.False((bool?)storage["properties"]?["allowBlobPublicAccess"]);
        Assert.Equal("TLS1_2", (string?)storage["properties"]?["minimumTlsVersion"]);
        Single(resources, "Microsoft.Storage/storageAccounts/blobServices/containers");
        var role = Single(resources, "Microsoft.Authorization/roleAssignments");
        // The role id is a variable of the template: roleDefinitionId names it, the variables hold the built-in id.
        var roleId = (string?)role["properties"]?["roleDefinitionId"] ?? "";
        var roleVariable = System.Text.RegularExpressions.Regex.Match(roleId, @"variables\('(\w+)'\)").Groups[1].Value;
        var roleGuid = roleVariable.Length > 0 ? (string?)template["variables"]?[roleVariable] : roleId;
        Assert.Contains("ba92f5b4-2d11-453d-a403-e96b0029c9fe", roleGuid ?? "", StringComparison.Ordinal); // Storage Blob Data Contributor
        Single(resources, "Microsoft.Insights/components");
        Single(resources, "Microsoft.OperationalInsights/workspaces");
    }

    /// <summary>
    /// Every <c>Section__Key</c> setting names a key of appsettings.json, so renaming an option breaks this test, not the
    /// deployed bot; and the settings choose blob storage, the managed identity and Azure's Direct Line.
    /// </summary>
    [Fact]
    public async Task TheAppSettingsAreKeysTheBotReads()
    {
        var resources = Resources(await CompiledTemplateAsync());
        var settings = Single(resources, "Microsoft.Web/sites/config");
        var names = SettingNames((string?)settings["properties"] ?? "");
        var appsettings = JsonNode.Parse(File.ReadAllText(Repository.PathTo("appsettings.json")))!;

        string[] expected =
        [
            "APPLICATIONINSIGHTS_CONNECTION_STRING",
            "BotFrameworkAuth__MicrosoftAppType", "BotFrameworkAuth__MicrosoftAppId", "BotFrameworkAuth__MicrosoftAppTenantId",
            "Storage__Provider", "Storage__AzureBlob__AccountUrl", "Storage__AzureBlob__ManagedIdentityClientId",
            "DirectLine__Mode", "DirectLine__AzureSecret",
        ];
        Assert.All(expected, name => Assert.Contains(name, names));
        foreach (var name in names.Where(name => name.Contains("__", StringComparison.Ordinal)))
        {
            var node = name.Split("__").Aggregate((JsonNode?)appsettings, (section, key) => section?[key]);
            Assert.True(node is not null, $"{name} is not a key of appsettings.json");
        }

        var properties = (string?)settings["properties"] ?? "";
        Assert.Contains("'Storage__Provider', 'AzureBlob'", properties, StringComparison.Ordinal);
        Assert.Contains("'BotFrameworkAuth__MicrosoftAppType', 'UserAssignedMsi'", properties, StringComparison.Ordinal);
        Assert.Contains("'DirectLine__Mode', 'Azure'", properties, StringComparison.Ordinal);
    }

    /// <summary>
    /// The documented commands use the files that exist, and the deployment name the code script reads its outputs
    /// from is the one the documented deployment gets; the script parses.
    /// </summary>
    [Fact]
    public async Task TheThreeDocumentedCommandsFitTogether()
    {
        var docs = File.ReadAllText(Repository.PathTo("docs", "azure-and-teams.md"));
        var script = File.ReadAllText(Repository.PathTo("infra", "deploy-code.sh"));
        var deployment = System.Text.RegularExpressions.Regex.Match(docs, @"az deployment group create .*--name (\S+) --parameters (\S+)");

        Assert.True(deployment.Success, "docs/azure-and-teams.md shows no 'az deployment group create ... --name N --parameters F'");
        Assert.True(File.Exists(Repository.PathTo(deployment.Groups[2].Value.Split('/'))), deployment.Groups[2].Value);
        Assert.Contains($"--name {deployment.Groups[1].Value} --query", script, StringComparison.Ordinal);
        Assert.Contains("./infra/deploy-code.sh", docs, StringComparison.Ordinal);
        var syntax = await ChildProcess.RunAsync("bash", ["-n", "deploy-code.sh"], Repository.PathTo("infra"));
        Assert.True(syntax.ExitCode == 0, syntax.ToString());
    }

    /// <summary>
    /// The setting names in the compiled <c>createObject('name', value, ...)</c> expression: <c>Section__Key</c> or
    /// ALL_CAPS literals (no value is either), and the per-origin ones.
    /// </summary>
    private static List<string> SettingNames(string expression)
    {
        var names = System.Text.RegularExpressions.Regex.Matches(expression, @"'([A-Za-z]+(?:__[A-Za-z]+)+|[A-Z]+(?:_[A-Z]+)+)'")
            .Select(match => match.Groups[1].Value)
            .ToList();
        if (expression.Contains("DirectLine__AllowedOrigins__{0}", StringComparison.Ordinal))
        {
            names.Add("DirectLine__AllowedOrigins");
        }

        return names;
    }

    private static async Task<JsonNode> CompiledTemplateAsync()
    {
        var build = await Build.Value;
        Assert.True(build.ExitCode == 0, build.ToString());
        return JsonNode.Parse(build.Output)!;
    }

    private static List<JsonObject> Resources(JsonNode template)
    {
        // Symbolic-name templates (languageVersion 2.0) hold resources in an object; classic ones in an array.
        var resources = template["resources"] switch
        {
            JsonObject named => named.Select(pair => pair.Value),
            JsonArray list => list.AsEnumerable(),
            _ => [],
        };
        return resources.OfType<JsonObject>().ToList();
    }

    private static string? Type(JsonObject resource) => (string?)resource["type"];

    private static JsonObject Single(List<JsonObject> resources, string type)
    {
        var matches = resources.Where(resource => Type(resource) == type).ToList();
        Assert.True(matches.Count == 1, $"expected one {type}, found {matches.Count}");
        return matches[0];
    }

    private static Task<ProcessResult> RunBicepAsync(params string[] arguments) =>
        ChildProcess.RunAsync(BicepPath(), arguments, Repository.PathTo("infra"));

    /// <summary>The CLI inside the Azure.Bicep.CommandLine.linux-x64 package the test project downloads at restore.</summary>
    private static string BicepPath()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var bicep = Path.Combine(packages, "azure.bicep.commandline.linux-x64", BicepVersion, "tools", "bicep");
        Assert.True(File.Exists(bicep), $"bicep {BicepVersion} is not at {bicep}: restore Bot.Tests (it downloads Azure.Bicep.CommandLine.linux-x64).");

        // Some package extractors drop the execute bit (the package is the Linux build: no Windows here).
        var mode = OperatingSystem.IsWindows() ? UnixFileMode.UserExecute : File.GetUnixFileMode(bicep);
        if (!OperatingSystem.IsWindows() && !mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(bicep, mode | UnixFileMode.UserExecute);
        }

        return bicep;
    }
}
