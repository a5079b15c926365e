using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CsCheck;
using GuidanceBot.Tests.DirectLine;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Properties;

/// <summary>
/// The watermark query and the bearer value are parsed in the Direct Line endpoints themselves, so these properties
/// go through the real host: any watermark is read or refused with 400, any bearer value is refused with 403, never a 500.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class DirectLineWireProperties : IAsyncLifetime
{
    /// <summary>Each iteration is an HTTP round trip on loopback; a few hundred keep the class near a second.</summary>
    private const long Requests = 300;

    private BotServer _server = null!;
    private DirectLineTestClient _dl = null!;

    public async Task InitializeAsync()
    {
        _server = await BotServer.StartAsync(DirectLineTestClient.Settings());
        _dl = new DirectLineTestClient(_server);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static readonly Gen<string> Watermark = Gen.Frequency(
        (3, PropertyGens.Text),
        (2, Gen.Int[0, 50].Select(number => number.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Long.Select(number => number.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("", "0", "00", "+1", "-0", " 1", "1 ", "1.0", "1e2", "0x10", "2147483647", "2147483648", "٣", "１")));

    [Fact]
    public async Task AnyWatermarkIsReadOrRefusedWith400()
    {
        var (conversationId, token, _) = await _dl.StartAsync();
        var total = int.Parse((string)(await _dl.GetActivitiesAsync(conversationId, token))["watermark"]!, CultureInfo.InvariantCulture);

        await Gen.Select(Watermark, Gen.Bool).SampleAsync(
            async (watermark, reconnect) =>
            {
                var query = "?watermark=" + Uri.EscapeDataString(watermark);
                var path = reconnect ? $"conversations/{conversationId}{query}" : $"conversations/{conversationId}/activities{query}";
                var (status, body) = await _dl.SendAsync(HttpMethod.Get, path, token);

                var number = 0;
                var readable = watermark.Length == 0 || int.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out number);
                Assert.Equal(readable ? HttpStatusCode.OK : HttpStatusCode.BadRequest, status);
                if (readable && !reconnect)
                {
                    Assert.Equal(Math.Max(0, total - number), body!["activities"]!.AsArray().Count);
                    Assert.True(int.TryParse((string?)body["watermark"], NumberStyles.None, CultureInfo.InvariantCulture, out _));
                }
            },
            iter: Requests,
            threads: 1);
    }

    /// <summary>Bearer values as an attacker would shape them: random, or our JWT header with random payload and signature.</summary>
    [Fact]
    public async Task AnyBearerValueIsRefusedWith403()
    {
        var (conversationId, token, _) = await _dl.StartAsync();
        var header = token.Split('.')[0];
        var headerSafe = Gen.String[Gen.Char['\u0021', '\u007e'], 0, 60];
        var bearer = Gen.Frequency(
            (1, headerSafe),
            (2, Gen.Select(headerSafe, headerSafe).Select((payload, signature) => $"{header}.{payload}.{signature}")));

        await bearer.SampleAsync(
            async value =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities");
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + value);
                using var response = await _server.Client.SendAsync(request);

                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            },
            iter: Requests,
            threads: 1);

        Assert.Equal(HttpStatusCode.OK, (await _dl.SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities", token)).Status);
    }
}
