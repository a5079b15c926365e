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
            await WaitForBotBubblesAsync(page, atLeast: 2, "a reply to the typed message");

            await welcome.Locator("button.ac-pushButton").First.ClickAsync();
            await WaitForBotBubblesAsync(page, atLeast: 3, "a reply to the Start button");
            await WaitUntilEverythingIsSentAsync(page);

            await Assert.ThrowsAnyAsync<Exception>(() => page.GetByText("Send failed").First.WaitForAsync(new() { Timeout = 1_000 }));
            Assert.Empty(problems.ForeignRequests);
            Assert.True(problems.Problems.Count == 0, "The page had problems:\n" + string.Join('\n', problems.Problems));
        }
        finally
        {
            await ScreenshotAsync(page, "webchat-conversation.png");
        }
    }

    [Fact]
    public async Task AReloadResumesTheSameConversation()
    {
        var (context, page, problems) = await web.OpenPageAsync();
        await using var _ = context;

        await page.GotoAsync(web.Bot.BaseAddress.ToString());
        await WaitForWelcomeCardAsync(page, problems);
        await SendAsync(page, "remember me across a reload");
        await WaitForBotBubblesAsync(page, atLeast: 2, "a reply before the reload");
        var conversationBefore = await ConversationIdAsync(page);

        await page.ReloadAsync();

        await page.Locator(UserBubble, new() { HasText = "remember me across a reload" }).First.WaitForAsync();
        Assert.Equal(conversationBefore, await ConversationIdAsync(page));
        Assert.Equal(1, await page.Locator(Card).CountAsync());
        Assert.True(problems.Problems.Count == 0, "The page had problems:\n" + string.Join('\n', problems.Problems));
    }

    private static async Task<ILocator> WaitForWelcomeCardAsync(IPage page, PageProblems problems)
    {
        var card = page.Locator(Card).First;
        try
        {
            await card.WaitForAsync();
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

    private static Task WaitForBotBubblesAsync(IPage page, int atLeast, string what) =>
        Expect(
            page.WaitForFunctionAsync($"n => document.querySelectorAll('{BotBubble}').length >= n", atLeast),
            $"Web Chat never showed {what} (expected at least {atLeast} bot messages).");

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
