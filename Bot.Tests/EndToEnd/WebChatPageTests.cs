using System.Net;
using GuidanceBot.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GuidanceBot.Tests.EndToEnd;

/// <summary>
/// The Web Chat page at <c>/</c>, served by the real host and opened in headless Chromium. The conversation test
/// talks to the embedded Direct Line (<c>/api/directline/token</c>, <c>/v3/directline</c>) through the real
/// Web Chat bundle from npm.
/// </summary>
[Collection(RealClientsCollection.Name)]
[Trait("Category", TestCategories.RealClients)]
public sealed class WebChatPageTests(WebChatFixture web, ITestOutputHelper output) : IClassFixture<WebChatFixture>
{
    private const string SendBox = "[data-id=\"webchat-sendbox-input\"]";
    private const string Card = ".ac-adaptiveCard";
    private const string BotBubble = ".webchat__bubble:not(.webchat__bubble--from-user)";
    private const string UserBubble = ".webchat__bubble--from-user";

    [Fact]
    public async Task ThePageItsScriptsAndIconAreServedFromTheBotsOwnOrigin()
    {
        var client = web.Bot.Client;

        var page = await client.GetAsync("");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>GuidanceBot</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        var bundle = await client.GetAsync("webchat.js");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("text/javascript", bundle.Content.Headers.ContentType?.MediaType);
        Assert.True(bundle.Content.Headers.ContentLength > 1_000_000, "webchat.js should be the full Web Chat bundle (with Adaptive Cards), several MB.");

        foreach (var file in new[] { "chat.js", "chat.css", "favicon.svg" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(file)).StatusCode);
        }
    }

    [Fact]
    public async Task ThePageLoadsWebChatAndRequestsNothingFromOtherHosts()
    {
        var (context, page, problems) = await web.OpenPageAsync();
        await using var _ = context;

        var tokenRequest = page.WaitForRequestAsync(request => request.Url.EndsWith("/api/directline/token", StringComparison.Ordinal));
        await page.GotoAsync(web.Bot.BaseAddress.ToString());
        await tokenRequest;
        await page.WaitForFunctionAsync("() => typeof window.WebChat?.renderWebChat === 'function'");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal("GuidanceBot", await page.TitleAsync());
        Assert.Empty(problems.ForeignRequests);
        Assert.DoesNotContain(problems.Problems, p => p.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(problems.Problems, p => p.Contains("favicon", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AVisitorIsWelcomedChatsAndPressesStart()
    {
        var (context, page, problems) = await web.OpenPageAsync();
        await using var _ = context;

        try
        {
            await page.GotoAsync(web.Bot.BaseAddress.ToString());
            var welcome = await WaitForWelcomeCardAsync(page, problems);

            await SendAsync(page, "hello from the web page");
            await WaitForReplyAfterAsync(page, "hello from the web page");

            var before = await page.Locator(BotBubble).CountAsync();
            await welcome.Locator("button.ac-pushButton").First.ClickAsync();
            await Expect(
                page.WaitForFunctionAsync($"n => document.querySelectorAll('{BotBubble}').length > n", before),
                "Web Chat showed no reply to the welcome card's Start button.");
            await WaitUntilEverythingIsSentAsync(page);

            Assert.Equal(0, await page.GetByText("Send failed").CountAsync());
            Assert.Empty(problems.ForeignRequests);
            Assert.True(problems.Problems.Count == 0, "The page had problems:\n" + string.Join('\n', problems.Problems));
        }
        finally
        {
            await ScreenshotAsync(page, "webchat-conversation.png");
        }
    }

    /// <summary>
    /// The token and conversation id survive a reload (sessionStorage): the page reconnects to the same conversation
    /// instead of starting a new one, no second welcome appears, and the bot still answers. Whether the earlier
    /// messages are shown again is up to Direct Line's replay, so it is not asserted here.
    /// </summary>
    [Fact]
    public async Task AReloadResumesTheSameConversation()
    {
        var (context, page, problems) = await web.OpenPageAsync();
        await using var _ = context;

        await page.GotoAsync(web.Bot.BaseAddress.ToString());
        await WaitForWelcomeCardAsync(page, problems);
        await SendAsync(page, "before the reload");
        await WaitForReplyAfterAsync(page, "before the reload");
        var conversation = await ConversationIdAsync(page);
        Assert.False(string.IsNullOrEmpty(conversation), "The page kept no conversation id in sessionStorage.");

        await page.ReloadAsync();
        await page.Locator(SendBox).WaitForAsync();
        await SendAsync(page, "after the reload");
        await WaitForReplyAfterAsync(page, "after the reload");

        Assert.Equal(conversation, await ConversationIdAsync(page));
        Assert.Single(problems.Requests, r => r.StartsWith("POST ", StringComparison.Ordinal) && r.EndsWith("/api/directline/token", StringComparison.Ordinal));
        Assert.Single(problems.Requests, r => r.StartsWith("POST ", StringComparison.Ordinal) && r.EndsWith("/v3/directline/conversations", StringComparison.Ordinal));
        Assert.Contains(problems.Requests, r => r.StartsWith("GET ", StringComparison.Ordinal) && r.Contains($"/v3/directline/conversations/{conversation}?", StringComparison.Ordinal));
        Assert.True(await page.Locator(Card).CountAsync() <= 1, "A second welcome card appeared after the reload.");
        Assert.True(problems.Problems.Count == 0, "The page had problems:\n" + string.Join('\n', problems.Problems));
    }

    [Fact]
    public async Task ASavedSessionThatNoLongerWorksFallsBackToAFreshConversation()
    {
        var (context, page, problems) = await web.OpenPageAsync();
        await using var _ = context;
        await page.AddInitScriptAsync("""
            if (!sessionStorage.getItem('guidancebot.webchat.session')) {
              sessionStorage.setItem('guidancebot.webchat.session', JSON.stringify(
                { token: 'not-a-token-this-server-issued', userId: 'someone', conversationId: 'gone', expiresAt: Date.now() + 600000 }));
            }
            """);

        await page.GotoAsync(web.Bot.BaseAddress.ToString());

        await WaitForWelcomeCardAsync(page, problems);
        var conversation = await ConversationIdAsync(page);
        Assert.False(string.IsNullOrEmpty(conversation));
        Assert.NotEqual("gone", conversation);
    }

    private static async Task<ILocator> WaitForWelcomeCardAsync(IPage page, PageProblems problems)
    {
        var card = page.Locator(Card).First;
        try
        {
            // The first load parses a 4 MB bundle; give a busy machine time.
            await card.WaitForAsync(new() { Timeout = 30_000 });
            return card;
        }
        catch (TimeoutException error)
        {
            throw new TimeoutException(
                "The welcome card never rendered: Web Chat got no Direct Line conversation with a welcome from the bot "
                + "(POST /api/directline/token, then /v3/directline). Problems:\n" + string.Join('\n', problems.Problems)
                + "\nRequests:\n" + string.Join('\n', problems.Requests),
                error);
        }
    }

    private static async Task SendAsync(IPage page, string text)
    {
        var sendBox = page.Locator(SendBox);
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
        await page.Locator(UserBubble, new() { HasText = text }).First.WaitForAsync();
    }

    /// <summary>Waits until a bot message appears below the user's message with <paramref name="userText"/>.</summary>
    private static Task WaitForReplyAfterAsync(IPage page, string userText) =>
        Expect(
            page.WaitForFunctionAsync(
                """
                text => {
                  const bubbles = [...document.querySelectorAll('.webchat__bubble')];
                  const mine = bubbles.findIndex(b => b.classList.contains('webchat__bubble--from-user') && b.textContent.includes(text));
                  return mine >= 0 && bubbles.slice(mine + 1).some(b => !b.classList.contains('webchat__bubble--from-user'));
                }
                """,
                userText),
            $"Web Chat showed no bot reply after the message '{userText}'.");

    /// <summary>Web Chat marks a user message "sending" until Direct Line echoes it back; a missing echo ends in "Send failed".</summary>
    private static Task WaitUntilEverythingIsSentAsync(IPage page) =>
        Expect(
            page.WaitForFunctionAsync("() => document.querySelectorAll('.webchat__activity-status--sending').length === 0"),
            "A message stayed 'Sending': Direct Line did not echo the user's activity back.");

    private static async Task<string?> ConversationIdAsync(IPage page) =>
        await page.EvaluateAsync<string?>("() => JSON.parse(sessionStorage.getItem('guidancebot.webchat.session'))?.conversationId ?? null");

    private static async Task Expect(Task wait, string failure)
    {
        try
        {
            await wait;
        }
        catch (TimeoutException error)
        {
            throw new TimeoutException(failure, error);
        }
    }

    private async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, name);
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
            output.WriteLine($"Screenshot: {path}");
        }
        catch (PlaywrightException error)
        {
            output.WriteLine($"No screenshot: {error.Message}");
        }
    }
}
