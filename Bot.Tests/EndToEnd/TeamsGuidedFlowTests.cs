using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GuidanceBot.Dialogs.Cards;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.EndToEnd;

/// <summary>
/// The guided conversation in Teams, as the Microsoft 365 Agents Playground plays Teams: Action.Submit presses on
/// the question cards, each answered card replaced by one that shows the answer and has no buttons (the bot's
/// <c>PUT .../activities/{id}</c>, which the Playground streams as an <c>updateMessage</c> frame), and a team
/// channel thread where the bot is @mentioned.
/// </summary>
[Collection(RealClientsCollection.Name)]
[Trait("Category", TestCategories.RealClients)]
public sealed partial class TeamsGuidedFlowTests(TeamsPlaygroundFixture teams) : IClassFixture<TeamsPlaygroundFixture>
{
    private static readonly FlowAnswer[] Pressed =
    [
        new("membership", ["mixed"], "mixed"),
        new("legalEnvironment", ["can-join"], ""),
        new("stage", ["new"], ""),
        new("needs", ["livelihoods", "women"], ""),
        new("role", ["ngo"], ""),
    ];

    private AgentsPlayground Playground => teams.Playground;

    private PlaygroundStream Stream => teams.Stream;

    private GuidedFlowTexts Texts => teams.Texts;

    [Fact]
    public async Task InAPersonalChatCardPressesLeadToTheGuidanceAndEachAnsweredCardIsReplaced()
    {
        var conversation = Playground.PersonalConversationId;

        // This class's tests share the personal chat and the bot keeps its state: "start over" begins from a known place.
        var mark = Stream.Mark();
        await Playground.SendMessageAsync(conversation, "start over");
        var question = await WaitForQuestionAsync(conversation, 1, null, mark);

        JsonNode? answered = null;
        for (var index = 0; index < Pressed.Length; index++)
        {
            var answer = Pressed[index];
            var messageId = (string)question["messageId"]!;
            mark = Stream.Mark();
            await Playground.SubmitCardAsync(conversation, messageId, PressFor(question, answer));

            if (index + 1 < Pressed.Length)
            {
                question = await WaitForQuestionAsync(conversation, index + 2, answer, mark);
            }

            answered = await WaitForReplacedCardAsync(conversation, messageId, index + 1, answer, answeredBy: null, mark);
        }

        var summary = CardText.CardOf(await WaitForCardAsync(conversation, Texts.Responses.Get("summary.title"), "with the summary after the last answer", mark));
        foreach (var answer in Pressed)
        {
            Assert.True(CardText.Contains(summary, Texts.Labels(answer)), $"The summary should show '{Texts.Labels(answer)}': {string.Join(" | ", CardText.TextBlocks(summary))}");
        }

        var guidance = CardText.CardOf(await WaitForCardAsync(conversation, Texts.Responses.Get("guidance.pathways"), "with the guidance after the summary", mark))!;
        var text = string.Join("\n", CardText.TextBlocks(guidance));
        Assert.Matches(PathwayTitle(), text);
        Assert.Contains(Texts.SourcePrefix, text, StringComparison.Ordinal);
        Assert.Contains(CardText.Actions(guidance), action => (string?)action["data"]?["verb"] == CardVerbs.StartOver);
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(guidance));
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(answered!));
    }

    /// <summary>
    /// In a team channel the bot only hears messages that @mention it. A new post starts a thread (the bot's
    /// conversation); replies in the thread that mention the bot answer its questions, the mention is not part of
    /// the answer, and the answered card says who answered. A card press in the thread works as in a personal chat.
    /// </summary>
    [Fact]
    public async Task InAChannelThreadMentioningTheBotAnswersItsQuestions()
    {
        var thread = await Playground.StartChannelThreadAsync("start");
        var first = await WaitForQuestionAsync(thread, 1, null, after: 0);

        var mark = Stream.Mark();
        await Playground.SendMessageAsync(thread, $"<at>{AgentsPlayground.BotName}</at> {Pressed[0].Typed}", [AgentsPlayground.BotMention()]);
        var received = await teams.Recorder.WaitForAsync(
            a => a.IsType(ActivityTypes.Message) && a.Conversation?.Id == thread && a.Text == Pressed[0].Typed,
            $"message '{Pressed[0].Typed}' in the thread, without the bot's mention");
        Assert.Equal("channel", received.Conversation!.ConversationType);
        var second = await WaitForQuestionAsync(thread, 2, Pressed[0], mark);
        await WaitForReplacedCardAsync(thread, (string)first["messageId"]!, 1, Pressed[0], AgentsPlayground.UserName, mark);

        mark = Stream.Mark();
        await Playground.SubmitCardAsync(thread, (string)second["messageId"]!, PressFor(second, Pressed[1]));
        await WaitForQuestionAsync(thread, 3, Pressed[1], mark);
        await WaitForReplacedCardAsync(thread, (string)second["messageId"]!, 2, Pressed[1], AgentsPlayground.UserName, mark);
    }

    /// <summary>The bot's card for question <paramref name="number"/> in the conversation, confirming the previous answer.</summary>
    private async Task<JsonNode> WaitForQuestionAsync(string conversation, int number, FlowAnswer? previous, int after)
    {
        var progress = Texts.Progress(number);
        var message = await WaitForCardAsync(conversation, progress, $"asking question {number}", after);
        var card = CardText.CardOf(message);
        var prompt = Texts.Question(QuestionSlot(number)).Prompt;
        Assert.True(CardText.Contains(card, prompt), $"'{progress}' should ask '{prompt}': {string.Join(" | ", CardText.TextBlocks(card))}");
        if (previous is not null)
        {
            Assert.True(CardText.Contains(card, Texts.Noted(previous)), $"'{progress}' should confirm '{Texts.Noted(previous)}': {string.Join(" | ", CardText.TextBlocks(card))}");
        }

        return message;
    }

    /// <summary>The first bot message in the conversation whose card has a text block containing <paramref name="text"/>.</summary>
    private Task<JsonNode> WaitForCardAsync(string conversation, string text, string description, int after) =>
        Stream.WaitForBotMessageAsync((id, m) => id == conversation && CardText.Contains(CardText.CardOf(m), text), $"{description} ('{text}')", after);

    /// <summary>
    /// The update of the answered question card: the same message, now a card with the answer and nothing to press.
    /// Returns the new card.
    /// </summary>
    private async Task<JsonNode> WaitForReplacedCardAsync(string conversation, string messageId, int number, FlowAnswer answer, string? answeredBy, int after)
    {
        var updated = await Stream.WaitForUpdatedMessageAsync(
            (id, m) => id == conversation && (string?)m["messageId"] == messageId,
            $"replacing the card of question {number} (message {messageId}) once answered",
            after);
        var card = CardText.CardOf(updated) ?? throw new Xunit.Sdk.XunitException($"The replaced question {number} carries no Adaptive Card: {updated.ToJsonString()}");
        var texts = CardText.TextBlocks(card);
        Assert.True(CardText.Actions(card).Count == 0, $"The answered card of question {number} still has buttons: {card.ToJsonString()}");
        Assert.DoesNotContain("Input.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(Texts.Question(answer.Slot).Prompt, texts);
        Assert.Contains(Texts.YourAnswer(answer, answeredBy), texts);
        return card;
    }

    /// <summary>
    /// What pressing the answer's button sends, as Teams sends it: the button's data, and for a multi-select question
    /// the check boxes' values merged in under the choice set's id (comma-separated, as Adaptive Cards submit them).
    /// </summary>
    private JsonObject PressFor(JsonNode message, FlowAnswer answer)
    {
        var card = CardText.CardOf(message)!;
        var question = Texts.Question(answer.Slot);
        var actions = CardText.Actions(card);
        if (!question.Multiple)
        {
            var value = answer.Values.Single();
            var button = actions.SingleOrDefault(action => (string?)action["data"]?["value"] == value)
                ?? throw new Xunit.Sdk.XunitException($"The card of '{answer.Slot}' has no button for '{value}': {card.ToJsonString()}");
            Assert.Equal(Texts.Label(answer.Slot, value), (string?)button["title"]);
            return button["data"]!.DeepClone().AsObject();
        }

        var choices = card["body"]!.AsArray().OfType<JsonObject>().SingleOrDefault(element => (string?)element["type"] == "Input.ChoiceSet")
            ?? throw new Xunit.Sdk.XunitException($"The card of '{answer.Slot}' has no choice set: {card.ToJsonString()}");
        Assert.True((bool?)choices["isMultiSelect"] == true, "The needs are chosen with check boxes (a multi-select choice set).");
        Assert.All(answer.Values, value => Assert.Contains(choices["choices"]!.AsArray(), choice => (string?)choice?["value"] == value));
        var done = actions.Single(action => (string?)action["data"]?["slot"] == answer.Slot && action["data"]?["value"] is null);
        var press = done["data"]!.DeepClone().AsObject();
        press[(string)choices["id"]!] = string.Join(",", answer.Values);
        return press;
    }

    private string QuestionSlot(int number) => Texts.Asked[number - 1].Slot;

    // The rank is bold ("**1.** Title (P3)") so markdown does not turn each title into a list that restarts at 1.
    [GeneratedRegex(@"^\*\*\d+\.\*\* .+ \(P\d+\)$", RegexOptions.Multiline)]
    private static partial Regex PathwayTitle();
}
