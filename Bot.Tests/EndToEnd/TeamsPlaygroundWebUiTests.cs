using GuidanceBot.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GuidanceBot.Tests.EndToEnd;

/// <summary>
/// The Agents Playground's own web UI (its React app, which renders cards with the Adaptive Cards renderer) in
/// Chromium, with its own Playground and bot: opening the page installs the app in the personal chat, the welcome
/// card renders, a typed "start" brings the first question card, and pressing one of its buttons replaces that
/// card with the answer and brings the second. A screenshot is kept as a test artifact.
/// </summary>
[Collection(RealClientsCollection.Name)]
[Trait("Category", TestCategories.RealClients)]
public sealed class TeamsPlaygroundWebUiTests(TeamsPlaygroundFixture teams, ITestOutputHelper output) : IClassFixture<TeamsPlaygroundFixture>
{
    private const string Card = ".ac-adaptiveCard";
    private const string SendBox = "[data-lexical-editor=\"true\"][role=textbox]";

    // The UI's Segoe fonts come from Microsoft's CDN, which is out of reach offline; the fallback font is used.
    private const string FontCdnHost = "res-1.cdn.office.net";

    [Fact]
    public async Task ThePlaygroundsWebUiShowsTheWelcomeCardAndTheFirstQuestionAfterStartAndAPressReplacesTheCard()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1000 } });
            page.SetDefaultTimeout(30_000);
            var problems = new PageProblems(page, teams.Playground.BaseAddress);
            try
            {
                await page.GotoAsync(teams.Playground.BaseAddress.ToString());
                var welcome = teams.Texts.Responses.Get("welcome.title");
                await Expect(
                    page.Locator(Card, new() { HasText = welcome }).First.WaitForAsync(),
                    $"The Playground's UI rendered no welcome card ('{welcome}') after opening the personal chat.",
                    problems);

                var sendBox = page.Locator(SendBox);
                await sendBox.ClickAsync();
                await page.Keyboard.TypeAsync("start");
                await page.Keyboard.PressAsync("Enter");

                var progress = teams.Texts.Progress(1);
                var question = page.Locator(Card, new() { HasText = progress }).First;
                await Expect(question.WaitForAsync(), $"The Playground's UI rendered no card with '{progress}' after 'start'.", problems);
                var prompt = teams.Texts.Question(teams.Texts.Asked[0].Slot).Prompt;
                Assert.Contains(prompt, await question.InnerTextAsync(), StringComparison.Ordinal);
                var firstOption = teams.Texts.Asked[0].Options[0].Label;
                Assert.True(
                    await question.Locator("button", new() { HasText = firstOption }).CountAsync() > 0,
                    $"The question card shows no button '{firstOption}' in the Playground's UI.");

                // The UI presses Action.Execute as Teams does (an adaptiveCard/action invoke) and puts the card the
                // bot answers with in place of the pressed one.
                await question.Locator("button", new() { HasText = firstOption }).First.ClickAsync();
                var yours = teams.Texts.YourAnswer(new FlowAnswer(teams.Texts.Asked[0].Slot, [teams.Texts.Asked[0].Options[0].Value], ""));
                await Expect(
                    page.Locator(Card, new() { HasText = yours }).First.WaitForAsync(),
                    $"The pressed question card was not replaced by one saying '{yours}'.",
                    problems);
                var answered = page.Locator(Card, new() { HasText = yours }).First;
                Assert.Equal(0, await answered.Locator("button").CountAsync());
                await Expect(
                    page.Locator(Card, new() { HasText = teams.Texts.Progress(2) }).First.WaitForAsync(),
                    $"The Playground's UI rendered no card with '{teams.Texts.Progress(2)}' after the press.",
                    problems);

                var path = Path.Combine(AppContext.BaseDirectory, "teams-playground-question.png");
                await page.ScreenshotAsync(new() { Path = path, FullPage = true });
                Assert.True(new FileInfo(path).Length > 0, $"The screenshot {path} is empty.");
                output.WriteLine($"Screenshot: {path}");

                var unexpected = await UnexpectedProblemsAsync(problems);
                output.WriteLine("Requests:\n" + string.Join('\n', problems.Requests));
                output.WriteLine("Problems on the page (font CDN failures are expected offline):\n" + string.Join('\n', problems.Problems));
                Assert.True(unexpected.Count == 0, "The Playground's page had problems besides the offline font CDN:\n" + string.Join('\n', unexpected));
            }
            finally
            {
                await page.CloseAsync();
            }
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    /// <summary>
    /// The page's problems except those of the offline machine: the font CDN's failures (and Chromium's console
    /// echo of them, which names no URL), and the Playground's own missing favicon (Chromium asks for it without a
    /// request event, so only the console's 404 shows it; counted only while the Playground does answer 404 there).
    /// </summary>
    private async Task<List<string>> UnexpectedProblemsAsync(PageProblems problems)
    {
        using var favicon = await teams.Playground.Client.GetAsync("favicon.ico");
        var faviconMissing = favicon.StatusCode == System.Net.HttpStatusCode.NotFound;
        return [.. problems.Problems.Where(problem =>
            !problem.Contains(FontCdnHost, StringComparison.Ordinal)
            && problem != "console error: Failed to load resource: net::ERR_NAME_NOT_RESOLVED"
            && !(faviconMissing && problem == "console error: Failed to load resource: the server responded with a status of 404 (Not Found)"))];
    }

    private static async Task Expect(Task wait, string failure, PageProblems problems)
    {
        try
        {
            await wait;
        }
        catch (TimeoutException error)
        {
            throw new TimeoutException(
                $"{failure}\nProblems:\n{string.Join('\n', problems.Problems)}\nRequests:\n{string.Join('\n', problems.Requests)}", error);
        }
    }
}
