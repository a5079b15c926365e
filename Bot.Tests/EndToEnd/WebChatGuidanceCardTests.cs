using System.Text.RegularExpressions;
using GuidanceBot.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GuidanceBot.Tests.EndToEnd;

/// <summary>
/// The guidance card on a phone-sized Web Chat (480 px wide, headless Chromium, the real host): it must read in one
/// screen before anything is expanded, and its Details button must bring the rest (pitfalls, sources) into view.
/// The card's height and two screenshots (closed and expanded) go to the test output and TestResults/screenshots.
/// </summary>
[Collection(RealClientsCollection.Name)]
[Trait("Category", TestCategories.RealClients)]
public sealed class WebChatGuidanceCardTests(WebChatFixture web, ITestOutputHelper output) : IClassFixture<WebChatFixture>
{
    /// <summary>A phone held upright, or a narrow side panel.</summary>
    private const int Width = 480;

    /// <summary>What "one screen" allows: a phone shows about this much of a conversation at once.</summary>
    private const double MaxClosedHeight = 900;

    private static readonly TimeSpan FirstLoad = TimeSpan.FromSeconds(30);

    /// <summary>What a user types for each question; a question not listed here (added later) gets its first button.</summary>
    private static readonly Dictionary<string, string> Typed = new(StringComparer.Ordinal)
    {
        ["membership"] = "both together",
        ["legalEnvironment"] = "2",
        ["stage"] = "new",
        ["needs"] = "jobs and women",
        ["role"] = "the second one",
    };

    private GuidedFlowTexts Texts => web.Texts;

    [Fact]
    public async Task TheGuidanceCardReadsInOneScreenAt480PxAndDetailsRevealTheRest()
    {
        var (context, page, problems) = await web.OpenPageAsync();
        await using var _ = context;
        await page.SetViewportSizeAsync(Width, 900);
        var chat = new WebChatPage(page, problems);

        var guidance = await AnswerEveryQuestionAsync(chat);
        var closed = await HeightAsync(guidance);
        output.WriteLine($"Guidance card at {Width} px wide, before expanding: {closed:0} px high");
        output.WriteLine("Screenshot: " + await chat.ScreenshotAsync(guidance, WebChatPage.TestResultsFile("screenshots", "guidance-card-480.png")));

        var pitfalls = guidance.GetByRole(AriaRole.Heading, new() { Name = Texts.Responses.Get("guidance.pitfalls"), Exact = true });
        Assert.False(await pitfalls.IsVisibleAsync(), "The pitfalls show before Details is pressed: " + await WebChatPage.TextOfAsync(guidance));

        await chat.PressAsync(guidance, Texts.Responses.Get("guidance.details"));
        await pitfalls.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 5_000 });
        var text = await WebChatPage.TextOfAsync(guidance);
        Assert.True(text.Contains(Texts.SourcePrefix, StringComparison.Ordinal) || Regex.IsMatch(text, @"\[1\]"), "The expanded card cites no source: " + text);
        var expanded = await HeightAsync(guidance);
        output.WriteLine($"After pressing Details: {expanded:0} px high");
        output.WriteLine("Screenshot: " + await chat.ScreenshotAsync(guidance, WebChatPage.TestResultsFile("screenshots", "guidance-card-480-details.png")));

        Assert.True(closed <= MaxClosedHeight, $"The guidance card is {closed:0} px high before expanding at {Width} px wide; at most {MaxClosedHeight} fits one screen.");
        Assert.True(expanded > closed, $"Details revealed nothing: {closed:0} px before, {expanded:0} px after.");
        Assert.True(problems.Problems.Count == 0, "The page had problems:\n" + string.Join('\n', problems.Problems));
    }

    /// <summary>From the welcome to the guidance by typing: each question is recognised by its prompt and answered.</summary>
    private async Task<ILocator> AnswerEveryQuestionAsync(WebChatPage chat)
    {
        await chat.Page.GotoAsync(web.Bot.BaseAddress.ToString());
        await chat.WaitForCardAsync(Texts.Responses.Get("welcome.title"), "the welcome", FirstLoad);
        await chat.SendAsync("start");
        var guidanceHeading = Texts.Responses.Get("guidance.intro");
        for (var number = 1; number <= 10; number++)
        {
            var next = await chat.WaitForCardAsync(
                [Texts.Progress(number), guidanceHeading],
                number == 1 ? "the first question" : $"question {number} or the guidance");
            var text = await WebChatPage.TextOfAsync(next);
            if (text.Contains(guidanceHeading, StringComparison.Ordinal))
            {
                return next;
            }

            var question = Texts.Asked.FirstOrDefault(asked => text.Contains(asked.Prompt, StringComparison.Ordinal));
            if (question is not null && Typed.TryGetValue(question.Slot, out var typed))
            {
                await chat.SendAsync(typed);
            }
            else
            {
                await next.GetByRole(AriaRole.Button).First.ClickAsync();
            }
        }

        throw new InvalidOperationException("Ten questions and still no guidance.\n" + await chat.DescribeAsync());
    }

    private static async Task<double> HeightAsync(ILocator card)
    {
        await card.ScrollIntoViewIfNeededAsync();
        var box = await card.BoundingBoxAsync() ?? throw new InvalidOperationException("The guidance card has no box on the page.");
        return Math.Round(box.Height, 0, MidpointRounding.AwayFromZero);
    }
}
