using System.Text.Json;
using System.Text.Json.Nodes;
using GuidanceBot.Dialogs.Guidance.State;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Dialogs.Localization;

/// <summary>
/// The conversation's language through the real guided conversation: from the activity's locale, from the user's
/// choice (command in any language, a language's name, a button), what it carries on with, and right to left.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed class ConversationLanguageTests
{
    private const string EnglishMembers = "Who are, or will be, the members of the cooperative?";
    private const string Stale = "That card is from earlier in our conversation";

    private static GuidanceTestClient NewClient(string? locale = null) => new(knowledge: TestLanguages.KnowledgeBase) { Locale = locale };

    private static string Visible(IReadOnlyList<Activity> replies) => string.Join("\n", replies.Select(GuidanceTestClient.VisibleText));

    private static IEnumerable<JsonObject> Cards(IReadOnlyList<Activity> replies) =>
        replies.SelectMany(reply => reply.Attachments ?? []).Select(attachment => attachment.Content).OfType<JsonObject>();

    private static JsonObject LanguagePress(string? locale) =>
        locale is null ? new JsonObject { ["verb"] = "language" } : new JsonObject { ["verb"] = "language", ["locale"] = locale };

    [Fact]
    public async Task TheActivitysLocaleSetsTheLanguageAndATurnWithoutOneKeepsIt()
    {
        var client = NewClient("fr-FR");

        var welcome = await client.JoinAsync();
        client.Locale = "";
        var question = await client.SayAsync("start");

        Assert.Contains(TestLanguages.FrenchWelcome, Visible(welcome), StringComparison.Ordinal);
        Assert.Contains(TestLanguages.FrenchMembers, Visible(question), StringComparison.Ordinal);
        var state = await StoredStateAsync(client);
        Assert.Equal("fr", state.Language);
        Assert.False(state.LanguageChosen);
    }

    [Fact]
    public async Task AFollowingActivityLocaleChangesALanguageTheUserDidNotChoose()
    {
        var client = NewClient("fr-CA");
        await client.JoinAsync();

        client.Locale = "en-GB";
        var question = await client.SayAsync("start");

        Assert.Contains(EnglishMembers, Visible(question), StringComparison.Ordinal);
        Assert.Null((await StoredStateAsync(client)).Language);
    }

    [Fact]
    public async Task ALanguageTheUserChoseWinsOverTheActivitysLocaleOfLaterTurns()
    {
        var client = NewClient("en-US");
        await client.JoinAsync();

        var switched = await client.PressAsync(LanguagePress("ar"));
        var question = await client.SayAsync("start");

        Assert.Equal(TestLanguages.ArabicChanged, switched[0].Text);
        Assert.Contains("مرحبًا بكم في GuidanceBot", Visible(switched), StringComparison.Ordinal);
        Assert.Contains(TestLanguages.ArabicMembers, Visible(question), StringComparison.Ordinal);
        var state = await StoredStateAsync(client);
        Assert.Equal("ar", state.Language);
        Assert.True(state.LanguageChosen);
    }

    [Theory]
    [InlineData("language")]
    [InlineData("Langue")]
    [InlineData("idioma")]
    [InlineData("اللغة")]
    [InlineData("change language")]
    public async Task TheLanguageCommandOfEveryLanguageShowsEveryLanguageByItsOwnName(string typed)
    {
        var client = NewClient();
        await client.SayAsync("start");

        var replies = await client.SayAsync(typed);

        var card = Assert.Single(Cards(replies));
        var buttons = card["actions"]!.AsArray();
        Assert.Equal("English", (string?)buttons[0]!["title"]);
        Assert.Equal(["English", "Español", "Français", "العربية"], buttons.Select(button => (string)button!["title"]!).Order(StringComparer.Ordinal));
        Assert.Equal(["ar", "en", "es", "fr"], buttons.Select(button => (string)button!["data"]!["locale"]!).Order(StringComparer.Ordinal));
        Assert.All(buttons, button => Assert.Equal("language", (string?)button!["data"]!["verb"]));
        Assert.Contains("Which language shall I use?", Visible(replies), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FRANCAIS", TestLanguages.FrenchChanged, TestLanguages.FrenchMembers)]
    [InlineData("français", TestLanguages.FrenchChanged, TestLanguages.FrenchMembers)]
    [InlineData("العربية", TestLanguages.ArabicChanged, TestLanguages.ArabicMembers)]
    [InlineData("espanol", TestLanguages.SpanishChanged, "[EN] " + EnglishMembers)]
    public async Task TypingALanguagesNameSwitchesAndAsksTheOpenQuestionAgainInIt(string typed, string changed, string question)
    {
        var client = NewClient();
        await client.SayAsync("start");
        var englishCard = client.LiveCardId;

        var replies = await client.SayAsync(typed);

        Assert.Equal(changed, replies[0].Text);
        Assert.Contains(question, Visible(replies), StringComparison.Ordinal);
        Assert.NotEqual(englishCard, client.LiveCardId);
        var back = await client.SayAsync("English");
        Assert.Equal("From now on I will write in English.", back[0].Text);
        Assert.Contains(EnglishMembers, Visible(back), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APressOnTheQuestionCardShownBeforeTheSwitchIsStaleAndTheNewOneAnswers()
    {
        var client = NewClient();
        await client.SayAsync("start");
        var englishCard = client.LiveCardId!;
        await client.PressAsync(LanguagePress("fr"));

        var stale = await client.PressAsync(new JsonObject { ["verb"] = "answer", ["card"] = englishCard, ["slot"] = "membership", ["value"] = "host" });
        var answered = await client.PressAsync(new JsonObject { ["verb"] = "answer", ["card"] = client.LiveCardId, ["slot"] = "membership", ["value"] = "host" });

        Assert.Contains(Stale, Visible(stale), StringComparison.Ordinal);
        Assert.Contains(TestLanguages.FrenchMembers, Visible(stale), StringComparison.Ordinal);
        Assert.Equal(["host"], (await StoredStateAsync(client)).Answer("membership")!.Values);
        Assert.DoesNotContain(Stale, Visible(answered), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("klingon-xx")]
    [InlineData(null)]
    public async Task AButtonForNoLanguageTheContentSpeaksGetsAKindReplyAndChangesNothing(string? locale)
    {
        var client = NewClient();
        await client.SayAsync("start");

        var replies = await client.PressAsync(LanguagePress(locale));
        var next = await client.SayAsync("help");

        Assert.Contains(Stale, Visible(replies), StringComparison.Ordinal);
        Assert.Contains(Cards(replies), card => card["actions"]!.AsArray().Count == 4);
        Assert.DoesNotContain("[EN]", Visible(next), StringComparison.Ordinal);
        Assert.Null((await StoredStateAsync(client)).Language);
    }

    [Fact]
    public async Task CardsAreRightToLeftInArabicOnly()
    {
        var client = NewClient();
        var english = await client.SayAsync("start");
        var french = await client.PressAsync(LanguagePress("fr"));
        var arabic = await client.PressAsync(LanguagePress("ar"));
        var arabicSummary = await client.SayAsync("summary");

        Assert.All(Cards(english).Concat(Cards(french)), card => Assert.Null(card["rtl"]));
        Assert.NotEmpty(Cards(arabic));
        Assert.All(Cards(arabic).Concat(Cards(arabicSummary)), card => Assert.True((bool?)card["rtl"]));
    }

    [Fact]
    public async Task TheWelcomeCardOffersTheLanguagesAndAChoiceThereShowsTheWelcomeAgainInTheNewLanguage()
    {
        var client = NewClient();
        var welcome = await client.JoinAsync();

        var showCard = Assert.Single(Cards(welcome).Single()["actions"]!.AsArray(), action => (string?)action!["type"] == "Action.ShowCard")!;
        Assert.Equal("Language", (string?)showCard["title"]);
        var french = showCard["card"]!["actions"]!.AsArray().Single(action => (string?)action!["title"] == "Français")!["data"]!.AsObject();
        var replies = await client.PressAsync((JsonObject)french.DeepClone());
        var started = await client.PressAsync(new JsonObject { ["verb"] = "start" });

        Assert.Equal(TestLanguages.FrenchChanged, replies[0].Text);
        Assert.Contains(TestLanguages.FrenchWelcome, Visible(replies), StringComparison.Ordinal);
        Assert.Contains(TestLanguages.FrenchMembers, Visible(started), StringComparison.Ordinal);
    }

    private static async Task<ConversationData> StoredStateAsync(GuidanceTestClient client)
    {
        var key = GuidanceBot.Dialogs.State.StateKeys.Conversation(client.Make("x", null, "User"));
        var stored = await client.Storage.ReadAsync([key], CancellationToken.None);
        return JsonSerializer.Deserialize(stored[key].Utf8Json, GuidanceStateJsonContext.Default.ConversationData)!;
    }
}
