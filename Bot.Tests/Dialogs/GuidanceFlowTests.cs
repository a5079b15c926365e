using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.Guidance.State;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Dialogs;

/// <summary>Flow behaviour that scripts cannot express: redeliveries, races, group answers, card replacement, stored state.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class GuidanceFlowTests
{
    [Fact]
    public async Task ARedeliveredActivityIsAnsweredOnce()
    {
        var client = new GuidanceTestClient();
        await client.SayAsync("start");
        var answer = client.Make("mixed", null, "User");

        var first = await client.RunAsync(answer);
        var again = await client.RunAsync(answer);

        Assert.NotEmpty(first);
        Assert.Empty(again);
        var summary = await client.SayAsync("summary");
        Assert.Contains("What the law allows: not answered yet", GuidanceTestClient.VisibleText(summary[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InAGroupEachAnswerShowsWhoGaveIt()
    {
        var client = new GuidanceTestClient("msteams", isGroup: true);
        await client.SayAsync("start", "Amal");
        await client.SayAsync("mixed", "Amal");
        await client.SayAsync("can join", "Jonas");

        var summary = GuidanceTestClient.VisibleText((await client.SayAsync("summary", "Jonas"))[0]);

        Assert.Contains("Both together (answered by Amal)", summary, StringComparison.Ordinal);
        Assert.Contains("They can only join existing ones (answered by Jonas)", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneToOneConversationsKeepNoNames()
    {
        var storage = new MemoryStorage();
        var client = new GuidanceTestClient("msteams", storage);
        await client.SayAsync("start", "Amal Haddad");
        await client.SayAsync("mixed", "Amal Haddad");

        var stored = await storage.ReadAsync(["msteams/conversations/conversation-1"], default);

        var json = System.Text.Encoding.UTF8.GetString(stored.Values.Single().Utf8Json);
        Assert.DoesNotContain("Amal", json, StringComparison.Ordinal);
        Assert.Contains("\"mixed\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InTeamsTheAnsweredCardIsReplacedByOneWithoutButtons()
    {
        var client = new GuidanceTestClient("msteams");
        var question = (await client.SayAsync("start")).Single();

        var replies = await client.SayAsync("displaced");

        var update = replies.Single(reply => reply.Id == question.Id);
        var card = update.Attachments!.Single().Content!;
        Assert.Null(card["actions"]);
        Assert.Contains("Displaced people", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(update.Text);
    }

    [Fact]
    public async Task InWebChatCardsAreNotUpdated()
    {
        var client = new GuidanceTestClient("directline");
        var question = (await client.SayAsync("start")).Single();

        var replies = await client.SayAsync("displaced");

        Assert.DoesNotContain(replies, reply => reply.Id == question.Id);
    }

    [Fact]
    public async Task ATurnThatLosesARaceRunsAgainOnFreshStateAndLosesNoAnswer()
    {
        var storage = new RacingStorage(new MemoryStorage());
        var client = new GuidanceTestClient(storage: storage);
        await client.SayAsync("start");
        await client.SayAsync("mixed");

        // While "can join" is being handled, another turn of the same conversation records the stage.
        storage.BeforeNextWrite = async inner =>
        {
            var key = "directline/conversations/conversation-1";
            var current = (await inner.ReadAsync([key], default))[key];
            var data = System.Text.Json.JsonSerializer.Deserialize(current.Utf8Json, GuidanceStateJsonContext.Default.ConversationData)!;
            data.SetAnswer("stage", ["new"], null);
            await inner.WriteAsync(new Dictionary<string, StoreItem>
            {
                [key] = new(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(data, GuidanceStateJsonContext.Default.ConversationData), current.ETag),
            }, default);
        };
        var replies = await client.SayAsync("can join");

        Assert.Equal(2, storage.Writes);
        var summary = GuidanceTestClient.VisibleText((await client.SayAsync("summary"))[0]);
        Assert.Contains("What the law allows: They can only join existing ones", summary, StringComparison.Ordinal);
        Assert.Contains("New or existing: Starting something new", summary, StringComparison.Ordinal);
        Assert.Contains("Which needs matter most?", GuidanceTestClient.VisibleText(replies.Last()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheWelcomeComesOncePerConversation()
    {
        var client = new GuidanceTestClient("msteams");

        var first = await client.JoinAsync();
        var second = await client.JoinAsync();

        Assert.Single(first);
        Assert.Empty(second);
    }

    [Fact]
    public async Task StoredStateRoundTripsThroughJsonUnchanged()
    {
        var storage = new MemoryStorage();
        var client = new GuidanceTestClient(storage: storage);
        await client.SayAsync("start");
        await client.SayAsync("mixed");
        await client.SayAsync("bananas");
        var stored = (await storage.ReadAsync(["directline/conversations/conversation-1"], default)).Values.Single().Utf8Json;

        var data = System.Text.Json.JsonSerializer.Deserialize(stored, GuidanceStateJsonContext.Default.ConversationData)!;
        var again = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(data, GuidanceStateJsonContext.Default.ConversationData);

        Assert.Equal(System.Text.Encoding.UTF8.GetString(stored), System.Text.Encoding.UTF8.GetString(again));
        Assert.Equal(["guided", "slot"], data.Dialogs.Stack.Select(instance => instance.Id));
        Assert.Equal(1, data.Dialogs.Stack[1].Attempts);
        Assert.Equal("legalEnvironment", data.Dialogs.Stack[1].Prompt!.QuestionId);
    }

    /// <summary>Lets a test slip a competing write in just before the bot's next write.</summary>
    private sealed class RacingStorage(IStorage inner) : IStorage
    {
        public Func<IStorage, Task>? BeforeNextWrite { get; set; }

        public int Writes { get; private set; }

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            inner.ReadAsync(keys, cancellationToken);

        public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
        {
            if (BeforeNextWrite is { } competitor)
            {
                BeforeNextWrite = null;
                await competitor(inner);
                Writes = 0;
            }

            Writes++;
            return await inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);
    }
}
