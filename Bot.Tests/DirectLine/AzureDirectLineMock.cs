using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.DirectLine;

/// <summary>
/// Stands in for Azure Bot Service's Direct Line on a loopback Kestrel port: answers tokens/generate and records
/// what it was sent (the Authorization header and the body) so tests can check what left the bot.
/// </summary>
public sealed class AzureDirectLineMock : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AzureDirectLineMock(WebApplication app, string endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public string Endpoint { get; }

    public List<(string? Authorization, JsonNode? Body)> Requests { get; } = [];

    public static async Task<AzureDirectLineMock> StartAsync(int statusCode = StatusCodes.Status200OK)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        AzureDirectLineMock? mock = null;
        app.MapPost("/v3/directline/tokens/generate", async (HttpRequest request) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            lock (mock!.Requests)
            {
                mock.Requests.Add((request.Headers.Authorization.ToString(), body.Length == 0 ? null : JsonNode.Parse(body)));
            }

            return statusCode == StatusCodes.Status200OK
                ? Results.Text("""{"conversationId":"AzureConv1","token":"azure-issued-token","expires_in":1800}""", "application/json")
                : Results.StatusCode(statusCode);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        mock = new AzureDirectLineMock(app, address);
        return mock;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
