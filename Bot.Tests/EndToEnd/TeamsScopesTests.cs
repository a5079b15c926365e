using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Tests.Support;
using Xunit.Abstractions;

namespace GuidanceBot.Tests.EndToEnd;

/// <summary>
/// Teams as the Microsoft 365 Agents Playground plays it, with its own Playground and bot: installing the app in
/// each scope the Playground offers (personal chat, group chat, team channel), the guided questions answered
/// through <c>Action.Execute</c> (Teams' <c>adaptiveCard/action</c> invoke, the pressed card replaced by the invoke
/// response), a press on an answered card, and Teams' feedback buttons (<c>message/submitAction</c>).
/// </summary>
[Collection(RealClientsCollection.Name)]
[Trait("Category", TestCategories.RealClients)]
public sealed class TeamsScopesTests(TeamsPlaygroundFixture teams, ITestOutputHelper output) : IClassFixture<TeamsPlaygroundFixture>
{
    private const string CardAction = "adaptiveCard/action";
    private const string SubmitAction = "message/submitAction";

    private static readonly FlowAnswer[] Answers =
    [
        new("membership", ["mixed"], ""),
        new("legalEnvironment", ["can-join"], ""),
        new("stage", ["new"], ""),
        new("needs", ["livelihoods", "women"], ""),
        new("role", ["ngo"], ""),
    ];

    private AgentsPlayground Playground => teams.Playground;

    private PlaygroundStream Stream => teams.Stream;

    private GuidedFlowTexts Texts => teams.Texts;

    [Fact]
    public async Task InstallingInEachScopeWelcomesOnceEvenWhenInstalledTwice()
    {
        var config = await Playground.ReadConfigAsync();
        var groupChat = (string?)config["groupChats"]?[0]?["id"]
            ?? throw new Xunit.Sdk.XunitException($"The Playground's config lists no group chat: {config.ToJsonString()}");
        var channel = (string?)config["teams"]?[0]?["channels"]?[0]?["id"]
            ?? throw new Xunit.Sdk.XunitException($"The Playground's config lists no team channel: {config.ToJsonString()}");
        (string Conversation, string Scope)[] scopes = [(Playground.PersonalConversationId, "personal"), (groupChat, "groupChat"), (channel, "channel")];

        foreach (var (conversation, _) in scopes)
        {
            await Playground.InstallAsync(conversation);
            await Playground.InstallAsync(conversation);
        }

        foreach (var (conversation, scope) in scopes)
        {
            // Both installs reached the bot as Teams sends them: installationUpdate, then the bot among membersAdded.
            await WaitForBotAddedAsync(conversation, scope, times: 2);
            await WaitForCardAsync(conversation, Texts.Responses.Get("welcome.title"), $"welcoming in the {scope} scope", after: 0);
        }

        foreach (var (conversation, scope) in scopes)
        {
            // Both installs' turns have ended, so any reply of the second has already been posted to the Playground.
            await teams.Recorder.WaitForTurnsToEndAsync(conversation);
            var welcomes = Stream.BotMessages((id, m) => id == conversation && CardText.Contains(CardText.CardOf(m), Texts.Responses.Get("welcome.title")));
            Assert.True(welcomes.Count == 1, $"The {scope} scope ({conversation}) should get exactly one welcome for two installs, got {welcomes.Count}. Frames:\n{Stream.Describe()}");
            Assert.Empty(await AdaptiveCardValidator.ValidateAsync(CardText.CardOf(welcomes[0])!));
        }
    }

    [Fact]
    public async Task ActionExecutePressesReplaceEachCardInPlaceAndLeadToTheGuidance()
    {
        var (answeredCards, guidance) = await RunFlowAsync();

        foreach (var card in answeredCards)
        {
            Assert.Empty(await AdaptiveCardValidator.ValidateAsync(card));
        }

        var text = string.Join("\n", CardText.TextBlocks(CardText.CardOf(guidance)));
        Assert.Contains(Texts.SourcePrefix, text, StringComparison.Ordinal);
        Assert.Contains(CardText.Actions(CardText.CardOf(guidance)), action => (string?)action["verb"] == CardVerbs.StartOver);
    }

    [Fact]
    public async Task PressingAnAnsweredCardAgainGetsAKindMessageAndChangesNoAnswer()
    {
        var conversation = Playground.PersonalConversationId;
        var mark = Stream.Mark();
        await Playground.SendMessageAsync(conversation, "start over");
        var first = await WaitForQuestionAsync(conversation, 1, mark);
        mark = Stream.Mark();
        await PressAsync(conversation, first, Answers[0]);
        await WaitForQuestionAsync(conversation, 2, mark);

        // Another option on the card already answered: Teams still shows its buttons to anyone with an old copy.
        var other = CardText.Actions(CardText.CardOf(first))
            .Select(action => (string?)action["data"]?["value"])
            .First(value => value is not null && value != Answers[0].Values[0])!;
        var late = Answers[0] with { Values = [other] };
        mark = Stream.Mark();
        var response = await PressAsync(conversation, first, late, expectAnsweredCard: false);
        output.WriteLine($"The Playground answered the stale press with {response.ToJsonString()}");

        var stale = Texts.Responses.Get("card.stale");
        await Stream.WaitForBotMessageAsync((id, m) => id == conversation && (string?)m["text"] == stale, "saying the pressed card is from earlier", mark);
        Assert.False(
            (string?)response["type"] == ContentTypes.AdaptiveCardContent && CardText.Contains(response["value"], Texts.YourAnswer(late)),
            $"A press on an answered card must not replace it with the new answer: {response.ToJsonString()}");

        mark = Stream.Mark();
        await Playground.SendMessageAsync(conversation, "my answers");
        var summary = CardText.CardOf(await WaitForCardAsync(conversation, Texts.Responses.Get("summary.title"), "with the summary", mark));
        Assert.True(CardText.Contains(summary, Texts.Labels(Answers[0])), $"The summary should still show '{Texts.Labels(Answers[0])}': {string.Join(" | ", CardText.TextBlocks(summary))}");
        Assert.False(CardText.Contains(summary, Texts.Labels(late)), $"The stale press changed the answer to '{Texts.Labels(late)}': {string.Join(" | ", CardText.TextBlocks(summary))}");
    }

    [Fact]
    public async Task TeamsFeedbackOnTheGuidanceIsStoredAndCounted()
    {
        var (_, guidance) = await RunFlowAsync();
        var before = await FeedbackTotalsAsync();

        // The Playground sends message/submitAction for a bot message as Teams does for its feedback buttons.
        var answer = await Playground.InvokeAsync(Playground.PersonalConversationId, (string)guidance["messageId"]!, SubmitAction, new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject
            {
                ["reaction"] = "like",
                ["feedback"] = new JsonObject { ["feedbackText"] = "clear next steps" }.ToJsonString(),
            },
        });
        output.WriteLine($"The Playground answered the feedback invoke with {answer.ToJsonString()}");
        await teams.Recorder.WaitForAsync(a => a.IsType(ActivityTypes.Invoke) && a.Name == SubmitAction, "message/submitAction invoke");

        var after = await FeedbackTotalsAsync();
        Assert.True(after.Items > 0, "The feedback summary lists no guidance item after a like on the guidance.");
        Assert.True(after.Likes > before.Likes, $"The like was not counted: before {before}, after {after}.");
        Assert.True(after.Comments > before.Comments, $"The comment was not counted: before {before}, after {after}.");
        Assert.Equal(before.Dislikes, after.Dislikes);
    }

    /// <summary>
    /// "start over" in the personal chat, then every question answered through Action.Execute. Returns the cards the
    /// invoke responses put in place of the question cards, and the guidance message.
    /// </summary>
    private async Task<(List<JsonNode> AnsweredCards, JsonNode Guidance)> RunFlowAsync()
    {
        var conversation = Playground.PersonalConversationId;
        var mark = Stream.Mark();
        await Playground.SendMessageAsync(conversation, "start over");
        var question = await WaitForQuestionAsync(conversation, 1, mark);

        var answered = new List<JsonNode>();
        for (var index = 0; index < Answers.Length; index++)
        {
            mark = Stream.Mark();
            var response = await PressAsync(conversation, question, Answers[index]);
            answered.Add(response["value"]!);
            if (index + 1 < Answers.Length)
            {
                question = await WaitForQuestionAsync(conversation, index + 2, mark);
                var noted = Texts.Noted(Answers[index]);
                Assert.True(CardText.Contains(CardText.CardOf(question), noted), $"Question {index + 2} should confirm '{noted}': {string.Join(" | ", CardText.TextBlocks(CardText.CardOf(question)))}");
            }
        }

        var summary = CardText.CardOf(await WaitForCardAsync(conversation, Texts.Responses.Get("summary.title"), "with the summary after the last answer", mark));
        foreach (var answer in Answers)
        {
            Assert.True(CardText.Contains(summary, Texts.Labels(answer)), $"The summary should show '{Texts.Labels(answer)}': {string.Join(" | ", CardText.TextBlocks(summary))}");
        }

        var guidance = await WaitForCardAsync(conversation, Texts.Responses.Get("guidance.pathways"), "with the guidance after the summary", mark);
        return (answered, guidance);
    }

    /// <summary>
    /// Presses the answer's <c>Action.Execute</c> button on a question card through the Playground, as Teams sends
    /// it (the button's verb and data, a multi-select's check boxes merged into the data under the choice set's id).
    /// Unless told otherwise, checks that the invoke response is the answered card: the answer and nothing to press.
    /// </summary>
    private async Task<JsonNode> PressAsync(string conversation, JsonNode message, FlowAnswer answer, bool expectAnsweredCard = true)
    {
        var card = CardText.CardOf(message)!;
        var question = Texts.Question(answer.Slot);
        var executes = CardText.Actions(card).Where(action => (string?)action["type"] == "Action.Execute").ToList();
        Assert.True(executes.Count > 0, $"The card of '{answer.Slot}' has no Action.Execute button (Teams gets Universal Actions): {card.ToJsonString()}");
        Assert.All(executes, action => Assert.Equal("Action.Submit", (string?)action["fallback"]?["type"]));

        JsonObject button;
        JsonObject data;
        if (!question.Multiple)
        {
            button = executes.SingleOrDefault(action => (string?)action["data"]?["value"] == answer.Values.Single())
                ?? throw new Xunit.Sdk.XunitException($"The card of '{answer.Slot}' has no Action.Execute for '{answer.Values.Single()}': {card.ToJsonString()}");
            data = button["data"]!.DeepClone().AsObject();
        }
        else
        {
            var choices = card["body"]!.AsArray().OfType<JsonObject>().Single(element => (string?)element["type"] == "Input.ChoiceSet");
            button = executes.Single(action => (string?)action["data"]?["slot"] == answer.Slot && action["data"]?["value"] is null);
            data = button["data"]!.DeepClone().AsObject();
            data[(string)choices["id"]!] = string.Join(",", answer.Values);
        }

        var response = await Playground.InvokeAsync(conversation, (string)message["messageId"]!, CardAction, new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["title"] = button["title"]?.DeepClone(),
                ["verb"] = button["verb"]!.DeepClone(),
                ["data"] = data,
            },
        });
        if (!expectAnsweredCard)
        {
            return response;
        }

        Assert.True((string?)response["type"] == ContentTypes.AdaptiveCardContent, $"The invoke response to the '{answer.Slot}' press should be the answered card: {response.ToJsonString()}");
        var answered = response["value"]!;
        Assert.True(CardText.Actions(answered).Count == 0, $"The answered card of '{answer.Slot}' still has buttons: {answered.ToJsonString()}");
        Assert.DoesNotContain("Input.", answered.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(question.Prompt, CardText.TextBlocks(answered));
        Assert.Contains(Texts.YourAnswer(answer), CardText.TextBlocks(answered));
        return response;
    }

    private async Task WaitForBotAddedAsync(string conversation, string scope, int times)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var added = teams.Recorder.Received.Count(a =>
                a.IsType(ActivityTypes.ConversationUpdate)
                && a.Conversation?.Id == conversation
                && a.MembersAdded?.Exists(member => member.Id == AgentsPlayground.BotId) == true);
            if (added >= times)
            {
                var update = teams.Recorder.Received.First(a => a.IsType(ActivityTypes.ConversationUpdate) && a.Conversation?.Id == conversation);
                Assert.Equal(scope, update.Conversation!.ConversationType);
                Assert.Contains(teams.Recorder.Received, a => a.IsType(ActivityTypes.InstallationUpdate) && a.Conversation?.Id == conversation && a.Action == "add");
                return;
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(20))
            {
                throw new TimeoutException($"The bot got {added} of {times} conversationUpdates adding it to the {scope} conversation {conversation} within 20 s.");
            }

            await Task.Delay(50);
        }
    }

    private async Task<JsonNode> WaitForQuestionAsync(string conversation, int number, int after)
    {
        var message = await WaitForCardAsync(conversation, Texts.Progress(number), $"asking question {number}", after);
        var prompt = Texts.Question(Texts.Asked[number - 1].Slot).Prompt;
        Assert.True(CardText.Contains(CardText.CardOf(message), prompt), $"Question {number} should ask '{prompt}': {string.Join(" | ", CardText.TextBlocks(CardText.CardOf(message)))}");
        return message;
    }

    private Task<JsonNode> WaitForCardAsync(string conversation, string text, string description, int after) =>
        Stream.WaitForBotMessageAsync((id, m) => id == conversation && CardText.Contains(CardText.CardOf(m), text), $"{description} ('{text}')", after);

    /// <summary>The feedback summary's totals over all guidance items, from the bot's own API.</summary>
    private async Task<FeedbackTotals> FeedbackTotalsAsync()
    {
        var summary = JsonNode.Parse(await teams.Bot.Client.GetStringAsync("api/feedback/summary"))!;
        var items = summary["items"]!.AsArray();
        return new FeedbackTotals(
            items.Count,
            items.Sum(item => (int)item!["likes"]!),
            items.Sum(item => (int)item!["dislikes"]!),
            items.Sum(item => (int)item!["comments"]!));
    }

    private sealed record FeedbackTotals(int Items, int Likes, int Dislikes, int Comments);
}
