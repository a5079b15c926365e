using System.Text;
using CsCheck;
using GuidanceBot.Bot.Channels.DirectLine;
using GuidanceBot.Bot.Channels.DirectLine.Tokens;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Tests.Properties;

/// <summary>
/// Bearer values reach <see cref="DirectLineTokens.Validate"/> straight from the Authorization header or the <c>t=</c>
/// query of a stream URL: whatever arrives is Valid, Invalid or Expired, never an exception; what we mint reads back.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed class DirectLineTokenProperties
{
    private static readonly IOptions<DirectLineOptions> Options = Microsoft.Extensions.Options.Options.Create(new DirectLineOptions { Secret = "property-test-secret" });

    private readonly DirectLineTokens _tokens = Tokens(ManualClock.Frozen());

    /// <summary>The service as the host builds it, with a configured secret, on the given clock.</summary>
    private static DirectLineTokens Tokens(TimeProvider clock) => new(
        new DirectLineSecret(Options, new HostingEnvironment { EnvironmentName = Environments.Production }, NullLogger<DirectLineSecret>.Instance),
        clock,
        Options);

    [Fact]
    public void AnyStringIsInvalidNeverAnException() =>
        PropertyGens.Text.Sample(
            text => Assert.Equal(TokenStatus.Invalid, Validated(text)),
            iter: PropertyGens.Iterations);

    /// <summary>Strings that start like our tokens get past the cheap checks and reach the signature and claims code.</summary>
    [Fact]
    public void AStringWithOurHeaderIsInvalidNeverAnException()
    {
        var header = Minted("c", "u").Split('.')[0] + ".";
        Gen.Select(PropertyGens.Text, PropertyGens.Text).Sample(
            (payload, signature) => Assert.Equal(TokenStatus.Invalid, Validated(header + payload + "." + signature)),
            iter: PropertyGens.Iterations);
    }

    [Fact]
    public void AMutatedTokenIsRefusedOrStillTheSameToken()
    {
        var token = Minted("conv-1", "dl_user-1");
        PropertyGens.Mutated(Encoding.ASCII.GetBytes(token)).Sample(
            bytes =>
            {
                var mutated = Encoding.Latin1.GetString(bytes);
                var status = _tokens.Validate(mutated, out var claims);
                // Base64url padding bits may flip without changing the decoded bytes; then it is the same token.
                Assert.True(status == TokenStatus.Invalid || claims is { Conv: "conv-1", User: "dl_user-1" }, $"{status} for '{mutated}'");
            },
            iter: PropertyGens.Iterations);
    }

    [Fact]
    public void AMintedTokenReadsBackUntilItExpires()
    {
        var ids = PropertyGens.Text.Where(text => text.Length > 0);
        Gen.Select(ids, ids, Gen.OneOf<IReadOnlyList<string>?>(null, [], ["https://example.org"], ["https://a.example", "http://localhost:3000"])).Sample(
            (conversation, user, origins) =>
            {
                var clock = ManualClock.Frozen();
                var tokens = Tokens(clock);
                var token = tokens.Issue(conversation, user, origins);

                Assert.Equal(TokenStatus.Valid, tokens.Validate(token, out var claims));
                Assert.Equal(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(conversation)), claims!.Conv);
                Assert.Equal(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(user)), claims.User);
                Assert.Equal(origins is { Count: > 0 } ? origins : null, claims.Origins);

                clock.Advance(tokens.Lifetime);
                Assert.Equal(TokenStatus.Expired, tokens.Validate(token, out _));
            },
            iter: PropertyGens.Iterations);
    }

    private TokenStatus Validated(string token) => _tokens.Validate(token, out _);

    private string Minted(string conversation, string user) => _tokens.Issue(conversation, user, null);
}
