using System.Text.Json.Nodes;
using GuidanceBot.Tests.DirectLine;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.ScaleOut;

/// <summary>
/// Two turns of one conversation at the same moment (a double click, a fast typist), on the durable back ends:
/// no update is lost, and every turn is answered.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", TestCategories.RealClients)]
public sealed class ParallelTurnTests(Azurite azurite)
{
    public static TheoryData<string> Providers => new() { "Sqlite", "AzureBlob" };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TwoTurnsAtOnceLoseNoUpdate(string provider)
    {
        using var database = new TempDatabase();
        var settings = provider == "Sqlite"
            ? DirectLineTestClient.Settings(database.Settings)
            : DirectLineTestClient.Settings(
                ("Storage:Provider", "AzureBlob"),
                ("Storage:AzureBlob:ConnectionString", azurite.ConnectionString),
                ("Storage:AzureBlob:Container", "parallel" + Guid.NewGuid().ToString("N")[..12]));
        await using var server = await BotServer.StartAsync(settings);
        await SayAsync(server, "start", "p0");
        await SayAsync(server, "mixed", "p1");

        for (var round = 0; round < 5; round++)
        {
            var answer = SayAsync(server, "can join", $"a{round}");
            var help = SayAsync(server, "help", $"h{round}");
            var replies = await Task.WhenAll(answer, help);
            Assert.All(replies, reply => Assert.NotEmpty(reply["activities"]!.AsArray()));
            await SayAsync(server, "back", $"b{round}");
        }

        await SayAsync(server, "can join", "final");
        var summary = (await SayAsync(server, "summary", "s")).ToJsonString();
        Assert.Contains("Members: Both together", summary, StringComparison.Ordinal);
        Assert.Contains("What the law allows: They can only join existing ones", summary, StringComparison.Ordinal);
    }

    private static async Task<JsonNode> SayAsync(BotServer server, string text, string id)
    {
        var response = await server.Client.PostAsync("api/messages", Activities.Json(Activities.TeamsMessage(text, id)));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
