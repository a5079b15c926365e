using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GuidanceBot.Tests.EndToEnd;

/// <summary>
/// The guided conversation in Teams, as the Microsoft 365 Agents Playground plays it, for a user whose Teams is in
/// French (personal chat) or Arabic (group chat). The Playground stamps <c>locale: "en-US"</c> on the activities it
/// makes itself, so these are sent through its "Mock an Activity" feature (<c>/_internal/v1/customActivities</c>,
/// from its own template for the conversation) with the user's locale, as Teams sends it on every activity (the
/// <c>locale</c> field and the clientInfo entity). The bot's replies come back through the Playground's connector and
/// stream as in the other Teams tests. Every text asserted comes from the content in that language.
/// </summary>
[Collection(RealClientsCollection.Name)]
[Trait("Category", TestCategories.RealClients)]
public sealed partial class TeamsPlaygroundLanguageTests(TeamsPlaygroundFixture teams, ITestOutputHelper output) : IClassFixture<TeamsPlaygroundFixture>
{
    /// <summary>Pressed (Action.Submit, as Teams sends it), except the stage, typed as its option's label.</summary>
    private static readonly FlowAnswer[] Answers =
    [
        new("membership", ["mixed"], ""),
        new("legalEnvironment", ["can-join"], ""),
        new("stage", ["new"], ""),
        new("needs", ["livelihoods", "women"], ""),
        new("role", ["ngo"], ""),
    ];

    private const string TypedSlot = "stage";

    private AgentsPlayground Playground => teams.Playground;

    private PlaygroundStream Stream => teams.Stream;

    [Theory]
    [InlineData("fr", "fr-FR", "personal")]
    [InlineData("ar", "ar-SA", "groupChat")]
    public async Task TheGuidedFlowRunsInTheLanguageOfTheUsersTeams(string language, string teamsLocale, string scope)
    {
        var texts = TextsIn(language);
        var conversation = scope == "personal" ? Playground.PersonalConversationId : await GroupChatAsync();

        // The conversation may hold answers from earlier: the language's own "start over" begins from a known place.
        var restart = texts.Responses.Commands["restart"][0];
        var mark = Stream.Mark();
        await SendTextAsync(conversation, restart, teamsLocale, mention: scope != "personal");
        var received = await teams.Recorder.WaitForAsync(
            activity => activity.IsType(ActivityTypes.Message) && activity.Conversation?.Id == conversation && activity.Text == restart,
            $"'{restart}' in the {scope} chat, without the bot's mention");
        Assert.Equal(teamsLocale, received.Locale);
        Assert.Equal("msteams", received.ChannelId);

        var question = await WaitForQuestionAsync(texts, conversation, 1, null, mark);
        for (var index = 0; index < Answers.Length; index++)
        {
            var answer = Answers[index];
            mark = Stream.Mark();
            if (answer.Slot == TypedSlot)
            {
                await SendTextAsync(conversation, texts.Label(answer.Slot, answer.Values.Single()), teamsLocale, mention: scope != "personal");
            }
            else
            {
                await SubmitAsync(conversation, (string)question["messageId"]!, PressFor(texts, question, answer), teamsLocale);
            }

            if (index + 1 < Answers.Length)
            {
                question = await WaitForQuestionAsync(texts, conversation, index + 2, answer, mark);
            }
        }

        var summary = CardText.CardOf(await WaitForCardAsync(conversation, texts.Responses.Get("summary.title"), "with the summary after the last answer", mark));
        foreach (var answer in Answers)
        {
            Assert.True(CardText.Contains(summary, texts.Labels(answer)), $"The summary should show '{texts.Labels(answer)}': {string.Join(" | ", CardText.TextBlocks(summary))}");
        }

        var guidance = CardText.CardOf(await WaitForCardAsync(conversation, texts.Responses.Get("guidance.pathways"), "with the guidance after the summary", mark))!;
        var text = string.Join("\n", CardText.TextBlocks(guidance));
        Assert.Contains(texts.Responses.Get("guidance.intro"), text, StringComparison.Ordinal);
        Assert.Matches(PathwayId(), text);
        Assert.Contains(texts.SourcePrefix, text, StringComparison.Ordinal);
        Assert.Equal(language == "ar", (bool?)guidance["rtl"] == true);
        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(guidance));
        output.WriteLine($"The guidance in {language}:\n{text}");
    }

    private GuidedFlowTexts TextsIn(string language)
    {
        var knowledge = teams.Bot.Services.GetRequiredService<IKnowledgeBaseProvider>().Current.In(language);
        Assert.Equal(language, knowledge.Locale);
        return new GuidedFlowTexts(knowledge);
    }

    private async Task<string> GroupChatAsync()
    {
        var config = await Playground.ReadConfigAsync();
        return (string?)config["groupChats"]?[0]?["id"]
            ?? throw new Xunit.Sdk.XunitException($"The Playground's config lists no group chat: {config.ToJsonString()}");
    }

    /// <summary>The user types <paramref name="text"/> (in a group chat @mentioning the bot, as Teams requires there).</summary>
    private async Task SendTextAsync(string conversation, string text, string locale, bool mention)
    {
        var activity = await TemplateAsync(conversation, locale);
        activity["type"] = "message";
        activity["text"] = mention ? $"<at>{AgentsPlayground.BotName}</at> {text}" : text;
        activity["textFormat"] = "plain";
        if (mention)
        {
            activity["entities"]!.AsArray().Add(AgentsPlayground.BotMention());
        }

        await SendCustomAsync(activity);
    }

    /// <summary>The user presses an Action.Submit button on the card message: a message with no text, the button's data as value.</summary>
    private async Task SubmitAsync(string conversation, string cardMessageId, JsonObject data, string locale)
    {
        var activity = await TemplateAsync(conversation, locale);
        activity["type"] = "message";
        activity["replyToId"] = cardMessageId;
        activity["value"] = data;
        activity["channelData"]!["source"] = new JsonObject { ["name"] = "message" };
        await SendCustomAsync(activity);
    }

    /// <summary>The Playground's own activity for the conversation (ids, from, recipient, serviceUrl, tenant), in the user's locale.</summary>
    private async Task<JsonObject> TemplateAsync(string conversation, string locale)
    {
        var template = JsonNode.Parse(await Playground.Client.GetStringAsync($"_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(conversation)}"))!.AsObject();
        template["locale"] = locale;
        template["localTimezone"] = "UTC";
        template["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = locale, ["platform"] = "Web", ["timezone"] = "UTC" });
        template["channelData"] ??= new JsonObject();
        return template;
    }

    private async Task SendCustomAsync(JsonObject activity)
    {
        using var response = await Playground.Client.PostAsJsonAsync("_internal/v1/customActivities", activity);
        Assert.True(response.IsSuccessStatusCode, $"The Playground refused the activity ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync()}\n{activity.ToJsonString()}");
    }

    /// <summary>The bot's card for question <paramref name="number"/>, in the language, confirming the previous answer.</summary>
    private async Task<JsonNode> WaitForQuestionAsync(GuidedFlowTexts texts, string conversation, int number, FlowAnswer? previous, int after)
    {
        var progress = texts.Progress(number);
        var message = await WaitForCardAsync(conversation, progress, $"asking question {number}", after);
        var card = CardText.CardOf(message);
        var prompt = texts.Asked[number - 1].Prompt;
        Assert.True(CardText.Contains(card, prompt), $"'{progress}' should ask '{prompt}': {string.Join(" | ", CardText.TextBlocks(card))}");
        if (previous is not null)
        {
            Assert.True(CardText.Contains(card, texts.Noted(previous)), $"'{progress}' should confirm '{texts.Noted(previous)}': {string.Join(" | ", CardText.TextBlocks(card))}");
        }

        return message;
    }

    private Task<JsonNode> WaitForCardAsync(string conversation, string text, string description, int after) =>
        Stream.WaitForBotMessageAsync((id, m) => id == conversation && CardText.Contains(CardText.CardOf(m), text), $"{description} ('{text}')", after);

    /// <summary>What pressing the answer's button sends: its data, and for check boxes their values under the choice set's id.</summary>
    private static JsonObject PressFor(GuidedFlowTexts texts, JsonNode message, FlowAnswer answer)
    {
        var card = CardText.CardOf(message)!;
        var actions = CardText.Actions(card);
        if (!texts.Question(answer.Slot).Multiple)
        {
            var value = answer.Values.Single();
            var button = actions.SingleOrDefault(action => (string?)action["data"]?["value"] == value)
                ?? throw new Xunit.Sdk.XunitException($"The card of '{answer.Slot}' has no button for '{value}': {card.ToJsonString()}");
            Assert.Equal(texts.Label(answer.Slot, value), (string?)button["title"]);
            return button["data"]!.DeepClone().AsObject();
        }

        var choices = card["body"]!.AsArray().OfType<JsonObject>().Single(element => (string?)element["type"] == "Input.ChoiceSet");
        foreach (var value in answer.Values)
        {
            var choice = choices["choices"]!.AsArray().Single(choice => (string?)choice?["value"] == value);
            Assert.Equal(texts.Label(answer.Slot, value), (string?)choice!["title"]);
        }

        var done = actions.Single(action => (string?)action["data"]?["slot"] == answer.Slot && action["data"]?["value"] is null);
        var press = done["data"]!.DeepClone().AsObject();
        press[(string)choices["id"]!] = string.Join(",", answer.Values);
        return press;
    }

    [GeneratedRegex(@"\(P\d+\)")]
    private static partial Regex PathwayId();
}
