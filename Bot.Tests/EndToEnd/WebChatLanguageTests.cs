using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GuidanceBot.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GuidanceBot.Tests.EndToEnd;

/// <summary>
/// The Web Chat page in French, Spanish and Arabic, in headless Chromium against the real host. The page takes its
/// language from <c>?locale=</c>, else from the browser; it lays itself out right to left for Arabic and hands the
/// locale to Web Chat, which sends it with the new conversation and every activity. The guided flow runs once in
/// French and once in Arabic (buttons, check boxes and one typed answer), with a screenshot of each step in
/// TestResults/screenshots. Every text asserted comes from the content in that language.
/// </summary>
[Collection(RealClientsCollection.Name)]
[Trait("Category", TestCategories.RealClients)]
public sealed partial class WebChatLanguageTests(WebChatFixture web, ITestOutputHelper output) : IClassFixture<WebChatFixture>
{
    private static readonly TimeSpan FirstLoad = TimeSpan.FromSeconds(30);

    /// <summary>Pressed, except the stage, which is typed as its option's label (<see cref="TypedSlot"/>).</summary>
    private static readonly FlowAnswer[] Answers =
    [
        new("membership", ["displaced"], ""),
        new("legalEnvironment", ["can-join"], ""),
        new("stage", ["existing"], ""),
        new("needs", ["livelihoods", "skills"], ""),
        new("role", ["international"], ""),
    ];

    private const string TypedSlot = "stage";

    [Theory]
    [InlineData("fr", "ltr")]
    [InlineData("es", "ltr")]
    [InlineData("ar", "rtl")]
    public async Task ThePageSpeaksTheLanguageOfItsLocaleParameterAndSendsItWithEveryActivity(string locale, string dir)
    {
        var (context, page, problems) = await web.OpenPageAsync(web.Bot.BaseAddress);
        await using var _ = context;
        var posts = RecordDirectLinePosts(page);

        await page.GotoAsync(new Uri(web.Bot.BaseAddress, $"?locale={locale}").ToString());
        var chat = new WebChatPage(page, problems);
        await chat.WaitForCardAsync(web.TextsIn(locale).Responses.Get("welcome.title"), $"the welcome in '{locale}'", FirstLoad);

        Assert.Equal(locale, await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal(dir, await page.EvaluateAsync<string>("() => document.documentElement.dir"));
        Assert.NotEqual(await EnglishTaglineAsync(), await page.Locator("#tagline").InnerTextAsync());
        Assert.Equal(dir, await WebChatDirectionAsync(page));

        // The new conversation (and so the welcome) and a typed message both carry the page's locale.
        await chat.SendAsync("?");
        await chat.WaitUntilEverythingIsSentAsync();
        Assert.Equal(locale, (string?)Assert.Single(posts, post => post.Url.EndsWith("/v3/directline/conversations", StringComparison.Ordinal)).Body?["locale"]);
        var message = Assert.Single(posts, post => post.Url.EndsWith("/activities", StringComparison.Ordinal) && (string?)post.Body?["type"] == "message");
        Assert.Equal(locale, (string?)message.Body!["locale"]);
        Assert.True(problems.Problems.Count == 0, "The page had problems:\n" + string.Join('\n', problems.Problems));
    }

    [Fact]
    public async Task WithoutAParameterThePageFollowsTheBrowsersLanguage()
    {
        var (context, page, problems) = await web.OpenPageAsync(web.Bot.BaseAddress, browserLocale: "fr-CA");
        await using var _ = context;
        var posts = RecordDirectLinePosts(page);

        await page.GotoAsync(web.Bot.BaseAddress.ToString());
        await new WebChatPage(page, problems).WaitForCardAsync(web.TextsIn("fr").Responses.Get("welcome.title"), "the welcome in French", FirstLoad);

        Assert.Equal("fr-CA", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal("ltr", await page.EvaluateAsync<string>("() => document.documentElement.dir"));
        Assert.Equal("fr-CA", (string?)posts.Single(post => post.Url.EndsWith("/v3/directline/conversations", StringComparison.Ordinal)).Body?["locale"]);
    }

    /// <summary>Anything but a language tag the bot speaks is passed over: the browser's language decides.</summary>
    [Theory]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "es-ES", "es-ES")]
    [InlineData("fr%22%20onload%3D%22x", "es-ES", "es-ES")]
    [InlineData("de", "ar-EG", "ar-EG")]
    [InlineData("de-DE", "de-DE", "en-US")]
    public async Task ALocaleParameterThatIsNoLanguageTagOrNotSpokenIsIgnored(string parameter, string browserLocale, string expected)
    {
        var (context, page, problems) = await web.OpenPageAsync(web.Bot.BaseAddress, browserLocale);
        await using var _ = context;
        var posts = RecordDirectLinePosts(page);
        var conversation = page.WaitForRequestAsync(request => request.Method == "POST" && request.Url.EndsWith("/v3/directline/conversations", StringComparison.Ordinal));

        await page.GotoAsync(new Uri(web.Bot.BaseAddress, $"?locale={parameter}").ToString());
        await conversation;

        Assert.Equal(expected, await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal(expected, (string?)posts.Single(post => post.Url.EndsWith("/v3/directline/conversations", StringComparison.Ordinal)).Body?["locale"]);
        Assert.Equal(0, await page.Locator("script:not([src])").CountAsync());
        Assert.Empty(problems.ForeignRequests);
    }

    [Fact]
    public async Task TheWholeFlowInFrenchEndsInTheGuidanceInFrench() => await RunTheWholeFlowAsync("fr");

    [Fact]
    public async Task TheWholeFlowInArabicIsLaidOutRightToLeftAndEndsInTheGuidanceInArabic() => await RunTheWholeFlowAsync("ar");

    /// <summary>
    /// Opens the page with <c>?locale=</c>, is welcomed in that language, presses Start, answers every question by its
    /// buttons or check boxes except one typed, and gets the summary and the guidance in that language. A screenshot
    /// of the page after each step goes to TestResults/screenshots/webchat-{locale}-NN-step.png.
    /// </summary>
    private async Task RunTheWholeFlowAsync(string locale)
    {
        var texts = web.TextsIn(locale);
        var rightToLeft = locale == "ar";
        var (context, page, problems) = await web.OpenPageAsync(web.Bot.BaseAddress);
        await using var _ = context;
        var chat = new WebChatPage(page, problems);
        var step = 0;
        async Task ShotAsync(string name)
        {
            var path = WebChatPage.TestResultsFile("screenshots", $"webchat-{locale}-{++step:00}-{name}.png");
            await page.ScreenshotAsync(new() { Path = path });
            output.WriteLine("Screenshot: " + path);
        }

        await page.GotoAsync(new Uri(web.Bot.BaseAddress, $"?locale={locale}").ToString());
        var welcome = await chat.WaitForCardAsync(texts.Responses.Get("welcome.title"), $"the welcome in '{locale}'", FirstLoad);
        Assert.Equal(rightToLeft ? "rtl" : "ltr", await page.EvaluateAsync<string>("() => document.documentElement.dir"));
        await AssertCardDirectionAsync(welcome, rightToLeft);
        await ShotAsync("welcome");
        await chat.PressAsync(welcome, texts.Responses.Get("welcome.startButton"));

        for (var index = 0; index < Answers.Length; index++)
        {
            var answer = Answers[index];
            var card = await AssertQuestionCardAsync(chat, texts, index + 1, answer, index == 0 ? null : Answers[index - 1]);
            await AssertCardDirectionAsync(card, rightToLeft);
            await ShotAsync(answer.Slot);
            if (answer.Slot == TypedSlot)
            {
                await chat.SendAsync(texts.Label(answer.Slot, answer.Values.Single()));
            }
            else if (texts.Question(answer.Slot).Multiple)
            {
                foreach (var value in answer.Values)
                {
                    await chat.TickAsync(card, texts.Label(answer.Slot, value));
                }

                await chat.PressAsync(card, texts.Responses.Get("action.done"));
            }
            else
            {
                await chat.PressAsync(card, texts.Label(answer.Slot, answer.Values.Single()));
            }
        }

        // The summary comes just before the guidance. Its title ("إجاباتك", your answers) is also a word of the
        // welcome's privacy note and of the guidance, and Arabic has no case to tell them apart: so the summary is the
        // card with that title that is neither of those, once the guidance is there.
        var guidance = await chat.WaitForCardAsync(texts.Responses.Get("guidance.pathways"), $"the guidance in '{locale}'");
        var summary = page.Locator(WebChatPage.Card)
            .Filter(new() { HasText = texts.Responses.Get("summary.title") })
            .Filter(new() { HasNotText = texts.Responses.Get("guidance.pathways") })
            .Filter(new() { HasNotText = texts.Responses.Get("welcome.title") })
            .Last;
        var summaryText = await WebChatPage.TextOfAsync(summary);
        foreach (var answer in Answers)
        {
            Assert.True(summaryText.Contains(texts.Labels(answer), StringComparison.Ordinal), $"The summary should show '{texts.Labels(answer)}', but says: {summaryText}");
        }

        await chat.PressAsync(guidance, texts.Responses.Get("guidance.details"));
        var text = await WebChatPage.TextOfAsync(guidance);
        Assert.True(text.Contains(texts.Responses.Get("guidance.intro"), StringComparison.Ordinal), "The guidance card lacks its introduction: " + text);
        Assert.True(PathwayId().IsMatch(text), "The guidance card names no pathway by id, like '(P3)': " + text);
        Assert.True(text.Contains(texts.SourcePrefix, StringComparison.Ordinal), $"The guidance card cites no source ('{texts.SourcePrefix}'): " + text);
        foreach (var button in new[] { "action.why", "action.whatIf", "action.examples", "action.ask", "action.startOver" })
        {
            Assert.Equal(1, await guidance.GetByRole(AriaRole.Button, new() { Name = texts.Responses.Get(button), Exact = true }).CountAsync());
        }

        await AssertCardDirectionAsync(guidance, rightToLeft);
        await ShotAsync("guidance");
        output.WriteLine("The guidance card in full: " + await chat.ScreenshotAsync(guidance, WebChatPage.TestResultsFile("screenshots", $"webchat-{locale}-{++step:00}-guidance-card.png")));

        await chat.WaitUntilEverythingIsSentAsync();
        Assert.True(await chat.CountSendFailuresAsync() == 0, "A message failed to send.\n" + await chat.DescribeAsync());
        Assert.True(problems.ForeignRequests.Count == 0, "The page called other hosts:\n" + string.Join('\n', problems.ForeignRequests));
        Assert.True(problems.Problems.Count == 0, "The page had problems:\n" + string.Join('\n', problems.Problems));
    }

    /// <summary>The card for question <paramref name="number"/>: its progress line, the question, and the note on the previous answer.</summary>
    private static async Task<ILocator> AssertQuestionCardAsync(WebChatPage chat, GuidedFlowTexts texts, int number, FlowAnswer answer, FlowAnswer? previous)
    {
        var progress = texts.Progress(number);
        var card = await chat.WaitForCardAsync(progress, previous is null ? "the first question" : $"the question after answering '{previous.Slot}'");
        var text = await WebChatPage.TextOfAsync(card);
        var question = texts.Question(answer.Slot);
        Assert.True(text.Contains(question.Prompt, StringComparison.Ordinal), $"'{progress}' should ask '{question.Prompt}', but the card says: {text}");
        if (previous is not null)
        {
            var noted = texts.Noted(previous);
            Assert.True(text.Contains(noted, StringComparison.Ordinal), $"'{progress}' should begin with '{noted}', but the card says: {text}");
        }

        return card;
    }

    /// <summary>The adaptivecards renderer marks the card's root element with the direction Web Chat gives it.</summary>
    private static async Task AssertCardDirectionAsync(ILocator card, bool rightToLeft)
    {
        var dir = await card.GetAttributeAsync("dir");
        var computed = await card.EvaluateAsync<string>("card => getComputedStyle(card).direction");
        Assert.True(
            rightToLeft ? dir == "rtl" && computed == "rtl" : dir != "rtl" && computed == "ltr",
            $"The card should be laid out {(rightToLeft ? "right to left" : "left to right")}: dir=\"{dir}\", computed direction {computed}.");
    }

    /// <summary>The direction Web Chat lays its transcript out in (its root element's computed direction).</summary>
    private static Task<string> WebChatDirectionAsync(IPage page) =>
        page.Locator("#webchat .webchat__basic-transcript").First.EvaluateAsync<string>("element => getComputedStyle(element).direction");

    /// <summary>The tagline as the page's HTML ships it (English), before the script translates it.</summary>
    private async Task<string> EnglishTaglineAsync()
    {
        var html = await web.Bot.Client.GetStringAsync("");
        return Regex.Match(html, "<p id=\"tagline\">([^<]*)</p>").Groups[1].Value.Replace("&#39;", "'", StringComparison.Ordinal);
    }

    /// <summary>The JSON bodies the page posts to Direct Line (new conversation, activities), in order.</summary>
    private static ConcurrentQueue<DirectLinePost> RecordDirectLinePosts(IPage page)
    {
        var posts = new ConcurrentQueue<DirectLinePost>();
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.Contains("/v3/directline/conversations", StringComparison.Ordinal))
            {
                var body = request.PostData;
                posts.Enqueue(new DirectLinePost(request.Url, string.IsNullOrEmpty(body) ? null : JsonNode.Parse(body)));
            }
        };
        return posts;
    }

    private sealed record DirectLinePost(string Url, JsonNode? Body);

    [GeneratedRegex(@"\(P\d+\)")]
    private static partial Regex PathwayId();
}
