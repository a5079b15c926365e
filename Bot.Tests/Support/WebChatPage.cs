using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GuidanceBot.Tests.Support;

/// <summary>
/// Our Web Chat page in Chromium, used as a person uses it: read the cards, press their buttons, tick their check
/// boxes, type in the send box. Every wait is bounded and, when it runs out, says what the transcript showed and
/// what went wrong on the page. Selectors are Web Chat 4.18's and adaptivecards 3.0's (real-clients.md §1).
/// </summary>
public sealed class WebChatPage(IPage page, PageProblems problems)
{
    public const string SendBox = "[data-id=\"webchat-sendbox-input\"]";
    public const string Card = ".ac-adaptiveCard";
    public const string Bubble = ".webchat__bubble";
    public const string UserBubble = ".webchat__bubble--from-user";

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    public IPage Page { get; } = page;

    public PageProblems Problems { get; } = problems;

    /// <summary>The newest card containing <paramref name="text"/>, once it is visible.</summary>
    public Task<ILocator> WaitForCardAsync(string text, string description, TimeSpan? timeout = null) =>
        WaitForCardAsync([text], description, timeout);

    /// <summary>The newest card containing any of <paramref name="texts"/> (when the next reply may be one of several cards).</summary>
    public async Task<ILocator> WaitForCardAsync(IReadOnlyList<string> texts, string description, TimeSpan? timeout = null)
    {
        // HasText ignores case, and "Your answers" would also match the welcome's "erase your answers".
        var card = Page.Locator(Card, new() { HasTextRegex = new Regex(string.Join('|', texts.Select(Regex.Escape))) }).Last;
        var limit = timeout ?? ReplyTimeout;
        try
        {
            await card.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = (float)limit.TotalMilliseconds });
            return card;
        }
        catch (TimeoutException error)
        {
            throw new TimeoutException(
                $"Web Chat showed no card with '{string.Join("' or '", texts)}' ({description}) within {limit.TotalSeconds:0} s.\n{await DescribeAsync()}", error);
        }
    }

    /// <summary>How many cards contain <paramref name="text"/>.</summary>
    public Task<int> CountCardsAsync(string text) => Page.Locator(Card, new() { HasTextRegex = new Regex(Regex.Escape(text)) }).CountAsync();

    /// <summary>Presses the card's button titled exactly <paramref name="title"/>.</summary>
    public async Task PressAsync(ILocator card, string title)
    {
        var button = card.GetByRole(AriaRole.Button, new() { Name = title, Exact = true });
        await Expect(button.ClickAsync(new() { Timeout = 5_000 }), $"The card has no button '{title}' to press.");
    }

    /// <summary>
    /// Ticks the card's check box labelled exactly <paramref name="label"/>. By its own label: its accessible name
    /// also holds the choice set's label (adaptivecards sets aria-labelledby to both).
    /// </summary>
    public async Task TickAsync(ILocator card, string label)
    {
        var box = card.Locator("input[type=checkbox]").And(card.GetByLabel(label, new() { Exact = true }));
        try
        {
            await box.CheckAsync(new() { Timeout = 5_000 });
        }
        catch (TimeoutException error)
        {
            var boxes = await card.Locator("input[type=checkbox]").EvaluateAllAsync<string[]>(
                "inputs => inputs.map(i => `${i.labels?.[0]?.innerText ?? ''} (${i.value})`)");
            throw new TimeoutException($"The card has no check box '{label}' to tick. Its check boxes: {string.Join("; ", boxes)}\n{await DescribeAsync()}", error);
        }
    }

    /// <summary>Types <paramref name="text"/> in the send box and sends it; returns once the user's bubble shows it.</summary>
    public async Task SendAsync(string text)
    {
        var before = await Page.Locator(UserBubble).CountAsync();
        var sendBox = Page.Locator(SendBox);
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
        await Expect(
            Page.WaitForFunctionAsync(
                "([selector, before]) => document.querySelectorAll(selector).length > before",
                new object[] { UserBubble, before },
                new() { Timeout = 5_000 }),
            $"Web Chat showed no bubble for the typed message '{text}'.");
    }

    /// <summary>Web Chat marks a user message "sending" until Direct Line echoes it back; a missing echo ends in "Send failed".</summary>
    public Task WaitUntilEverythingIsSentAsync() =>
        Expect(
            Page.WaitForFunctionAsync("() => document.querySelectorAll('.webchat__activity-status--sending').length === 0", null, new() { Timeout = 10_000 }),
            "A message stayed 'Sending': Direct Line did not echo the user's activity back.");

    /// <summary>How many "Send failed" notices the transcript shows.</summary>
    public Task<int> CountSendFailuresAsync() => Page.GetByText("Send failed").CountAsync();

    /// <summary>The card's visible text, whitespace collapsed and the markdown renderer's curly quotes made straight again.</summary>
    public static async Task<string> TextOfAsync(ILocator card) =>
        Regex.Replace(await card.InnerTextAsync(), @"\s+", " ").Trim()
            .Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"');

    /// <summary>
    /// A picture of one card in full: the window is made tall enough first (Web Chat's transcript scrolls, so a
    /// long card would otherwise be cut off). <paramref name="fileName"/> is a name (saved next to the tests) or a full
    /// path. Returns the file's path.
    /// </summary>
    public async Task<string> ScreenshotAsync(ILocator card, string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, fileName);
        var box = await card.BoundingBoxAsync();
        var viewport = Page.ViewportSize;
        if (box is not null && viewport is not null && box.Height + 200 > viewport.Height)
        {
            await Page.SetViewportSizeAsync(viewport.Width, (int)box.Height + 300);
        }

        await card.ScrollIntoViewIfNeededAsync();
        await card.ScreenshotAsync(new() { Path = path });
        return path;
    }

    /// <summary>
    /// A path under the repository's TestResults folder (where scripts/test.sh puts the run's results, ignored by
    /// git), its folder created: artifacts such as screenshots are found beside the results of the run that made them.
    /// </summary>
    public static string TestResultsFile(string folder, string fileName)
    {
        var directory = GuidanceBot.Tests.TeamsApp.Repository.PathTo("TestResults", folder);
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, fileName);
    }

    /// <summary>The transcript as text (one line per bubble, shortened) and the page's problems, for failure messages.</summary>
    public async Task<string> DescribeAsync()
    {
        string transcript;
        try
        {
            var bubbles = await Page.EvaluateAsync<string[]>(
                """
                () => [...document.querySelectorAll('.webchat__bubble')].map(b =>
                  (b.classList.contains('webchat__bubble--from-user') ? 'user: ' : 'bot: ') + b.innerText.replace(/\s+/g, ' ').trim().slice(0, 300))
                """);
            transcript = bubbles.Length == 0 ? "(no bubbles)" : string.Join('\n', bubbles);
        }
        catch (PlaywrightException error)
        {
            transcript = "(transcript unreadable: " + error.Message + ")";
        }

        return $"Transcript:\n{transcript}\nPage problems:\n{string.Join('\n', Problems.Problems)}";
    }

    private async Task Expect(Task wait, string failure)
    {
        try
        {
            await wait;
        }
        catch (TimeoutException error)
        {
            throw new TimeoutException($"{failure}\n{await DescribeAsync()}", error);
        }
    }
}
