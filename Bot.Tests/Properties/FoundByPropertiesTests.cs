using GuidanceBot.Bot.Channels.DirectLine;
using GuidanceBot.Bot.Channels.DirectLine.Tokens;
using GuidanceBot.Knowledge.Loading;
using GuidanceBot.Knowledge.Validation;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Tests.Properties;

/// <summary>The smallest failing inputs the property tests found, kept as plain examples so they never come back.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class FoundByPropertiesTests
{
    /// <summary>Base64Url.TryDecodeFromChars throws (rather than returning false) on a character outside base64url.</summary>
    [Theory]
    [InlineData("!")]
    [InlineData("abc$")]
    [InlineData("a=b")]
    public void ASignatureWithCharactersOutsideBase64UrlIsInvalid(string signature)
    {
        var options = Options.Create(new DirectLineOptions { Secret = "property-test-secret" });
        var secret = new DirectLineSecret(options, new HostingEnvironment { EnvironmentName = Environments.Production }, NullLogger<DirectLineSecret>.Instance);
        var tokens = new DirectLineTokens(secret, ManualClock.Frozen(), options);
        var header = tokens.Issue("c", "u", null).Split('.')[0];

        Assert.Equal(TokenStatus.Invalid, tokens.Validate($"{header}.e30.{signature}", out var claims));
        Assert.Null(claims);
    }

    /// <summary>
    /// YamlDotNet throws ArgumentException and InvalidOperationException (not YamlException) on these. Its position
    /// after such a failure is only near the fault, so the line is checked to be in the file (or its end), not exact.
    /// </summary>
    [Theory]
    [InlineData("- :")]
    [InlineData("version: 1\nitems:\n- :\n")]
    [InlineData("-\t[\u00e7\n-")]
    public void YamlThatTheParserChokesOnIsAnErrorNearItsLine(string yaml)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, yaml);
            var report = new ValidationReport();

            ContentFileParser.Parse(path, "broken.yml", new ContentSet(), report);

            var error = Assert.Single(report.Errors);
            Assert.Equal("broken.yml", error.File);
            Assert.InRange(error.Line, 1, yaml.Split('\n').Length + 1);
            Assert.Contains("not valid YAML", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
