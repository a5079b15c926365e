using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GuidanceBot.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GuidanceBot.Tests.EndToEnd;

/// <summary>
/// The guided conversation in Web Chat, in headless Chromium, against the real host: from the welcome card to the
/// guidance by pressing the cards' buttons, then by typing only, then across a restart of the bot in the middle.
/// </summary>
[Collection(RealClientsCollection.Name)]
[Trait("Category", TestCategories.RealClients)]
public sealed partial class WebChatGuidedFlowTests(WebChatFixture web, ITestOutputHelper output) : IClassFixture<WebChatFixture>
{
    private static readonly TimeSpan FirstLoad = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Pressed: a button per single-answer question, two check boxes and Done for the needs. The flows' answers are
    /// ones in which every crisis phase leads to the same pathway, so the optional phase question is not asked.
    /// </summary>
    private static readonly FlowAnswer[] Pressed =
    [
        new("membership", ["displaced"], ""),
        new("legalEnvironment", ["can-join"], ""),
        new("stage", ["existing"], ""),
        new("needs", ["livelihoods", "skills"], ""),
        new("role", ["international"], ""),
    ];

    /// <summary>Typed: a synonym, a number, a value, two needs in one sentence, an ordinal.</summary>
    private static readonly FlowAnswer[] Typed =
    [
        new("membership", ["mixed"], "both together"),
        new("legalEnvironment", ["can-join"], "2"),
        new("stage", ["new"], "new"),
        new("needs", ["livelihoods", "women"], "jobs and women"),
        new("role", ["ngo"], "the second one"),
    ];

    /// <summary>Typed around a restart after the second answer.</summary>
    private static readonly FlowAnswer[] AcrossTheRestart =
    [
        new("membership", ["displaced"], "refugees"),
        new("legalEnvironment", ["can-join"], "can join"),
        new("stage", ["existing"], "existing"),
        new("needs", ["livelihoods", "skills"], "1, 4"),
        new("role", ["government"], "government"),
    ];

    private GuidedFlowTexts Texts => web.Texts;

    [Fact]
    public async Task TheWholeFlowByPressingButtonsEndsInTheGuidance()
    {
        var (context, page, problems) = await web.OpenPageAsync();
        await using var _ = context;
        var chat = new WebChatPage(page, problems);

        await page.GotoAsync(web.Bot.BaseAddress.ToString());
        var welcome = await chat.WaitForCardAsync(Texts.Responses.Get("welcome.title"), "the welcome", FirstLoad);
        await chat.PressAsync(welcome, Texts.Responses.Get("welcome.startButton"));

        for (var index = 0; index < Pressed.Length; index++)
        {
            var answer = Pressed[index];
            var card = await AssertQuestionCardAsync(chat, index + 1, answer, index == 0 ? null : Pressed[index - 1]);
            if (Texts.Question(answer.Slot).Multiple)
            {
                foreach (var value in answer.Values)
                {
                    await chat.TickAsync(card, Texts.Label(answer.Slot, value));
                }

                await chat.PressAsync(card, Texts.Responses.Get("action.done"));
            }
            else
            {
                await chat.PressAsync(card, Texts.Label(answer.Slot, answer.Values.Single()));
            }
        }

        var guidance = await AssertSummaryAndGuidanceAsync(chat, Pressed);
        await AssertNothingWentWrongAsync(chat);
        output.WriteLine("Screenshot of the guidance: " + await chat.ScreenshotAsync(guidance, "webchat-guidance-pressed.png"));
    }

    [Fact]
    public async Task TheWholeFlowByTypingOnlyEndsInTheGuidance()
    {
        var (context, page, problems) = await web.OpenPageAsync();
        await using var _ = context;
        var chat = new WebChatPage(page, problems);

        await TypeTheWholeFlowAsync(chat);

        await AssertSummaryAndGuidanceAsync(chat, Typed);
        await AssertNothingWentWrongAsync(chat);
    }

    /// <summary>
    /// Two answers, then the bot stops and starts again on the same SQLite file, secret and port. The reloaded page
    /// reconnects to its conversation (the transcript is still there, with the third question), and the next typed
    /// answer moves on to the fourth question: the bot kept its place. The flow then runs to the guidance.
    /// </summary>
    [Fact]
    public async Task AfterARestartMidFlowTheConversationContinuesAtTheSameQuestion()
    {
        await using var bot = new RestartableBot();
        await bot.StartAsync();
        var (context, page, problems) = await web.OpenPageAsync(bot.BaseAddress);
        await using var _ = context;
        var chat = new WebChatPage(page, problems);
        var welcomeTitle = Texts.Responses.Get("welcome.title");

        await page.GotoAsync(bot.BaseAddress.ToString());
        await chat.WaitForCardAsync(welcomeTitle, "the welcome", FirstLoad);
        await chat.SendAsync("start");
        for (var index = 0; index < 2; index++)
        {
            await AssertQuestionCardAsync(chat, index + 1, AcrossTheRestart[index], index == 0 ? null : AcrossTheRestart[index - 1]);
            await chat.SendAsync(AcrossTheRestart[index].Typed);
        }

        await AssertQuestionCardAsync(chat, 3, AcrossTheRestart[2], AcrossTheRestart[1]);
        await chat.WaitUntilEverythingIsSentAsync();
        Assert.True(problems.Problems.Count == 0, "The page had problems before the restart:\n" + string.Join('\n', problems.Problems));

        await bot.StopAsync();
        await bot.StartAsync();
        var restarted = problems.Problems.Count;
        await page.ReloadAsync();

        // Web Chat retries a closed stream after 3-15 s; on a slow machine that retry may fall in the downtime.
        var whileDown = problems.Problems.Take(restarted).ToList();
        output.WriteLine($"Problems while the bot was down: {whileDown.Count}" + string.Concat(whileDown.Select(p => "\n  " + p)));
        Assert.All(whileDown, problem => Assert.Contains("ERR_CONNECTION_REFUSED", problem, StringComparison.Ordinal));

        // The transcript came back from storage (welcome once, the third question), and the bot still asks it.
        await AssertQuestionCardAsync(chat, 3, AcrossTheRestart[2], AcrossTheRestart[1]);
        Assert.Equal(1, await chat.CountCardsAsync(welcomeTitle));
        for (var index = 2; index < AcrossTheRestart.Length; index++)
        {
            await chat.SendAsync(AcrossTheRestart[index].Typed);
            if (index + 1 < AcrossTheRestart.Length)
            {
                await AssertQuestionCardAsync(chat, index + 2, AcrossTheRestart[index + 1], AcrossTheRestart[index]);
            }
        }

        var guidance = await AssertSummaryAndGuidanceAsync(chat, AcrossTheRestart);
        await AssertNothingWentWrongAsync(chat, after: restarted);
        output.WriteLine("Screenshot of the guidance after the restart: " + await chat.ScreenshotAsync(guidance, "webchat-guidance-after-restart.png"));
    }

    /// <summary>
    /// The pathways are ranked, so a reader must see 1, 2, 3 before them. Each "{rank}. {title} (P…)" text block is
    /// markdown, so the browser shows an ordered list's own numbering there, not the digits the bot wrote.
    /// </summary>
    [Fact]
    public async Task TheGuidanceShowsThePathwaysRanksInOrder()
    {
        var (context, page, problems) = await web.OpenPageAsync();
        await using var _ = context;
        var chat = new WebChatPage(page, problems);
        await TypeTheWholeFlowAsync(chat);
        var guidance = await chat.WaitForCardAsync(Texts.Responses.Get("guidance.pathways"), "the guidance");

        // What the reader sees before each pathway: an ordered list item's marker (its list's start + position),
        // or, if the card does not use lists, the digits written before the title.
        var json = await guidance.EvaluateAsync<string>(
            """
            card => {
              const id = /\(P\d+\)/;
              const items = [...card.querySelectorAll('ol')].flatMap(ol =>
                [...ol.children].filter(li => li.tagName === 'LI' && id.test(li.innerText))
                  .map(li => ({ rank: ol.start + [...ol.children].indexOf(li), title: li.innerText.split('\n')[0], markup: ol.outerHTML.slice(0, 120) })));
              return JSON.stringify(items.length > 0 ? items
                : [...card.innerText.matchAll(/(\d+)\. ([^\n]*\(P\d+\))/g)].map(m => ({ rank: Number(m[1]), title: m[2], markup: '' })));
            }
            """);
        var shown = JsonNode.Parse(json)!.AsArray()
            .Select(item => new ShownPathway((int)item!["rank"]!, (string)item["title"]!, (string)item["markup"]!))
            .ToArray();

        Assert.NotEmpty(shown);
        Assert.True(
            shown.Select(pathway => pathway.Rank).SequenceEqual(Enumerable.Range(1, shown.Length)),
            "Web Chat shows the pathways ranked "
            + string.Join(", ", shown.Select(pathway => $"{pathway.Rank}. {pathway.Title}"))
            + $"; expected 1 to {shown.Length}. Markup: " + string.Join(" | ", shown.Select(pathway => pathway.Markup)));
    }

    /// <summary>Opens the fixture's bot, says "start" and types each answer of <see cref="Typed"/> when its question shows.</summary>
    private async Task TypeTheWholeFlowAsync(WebChatPage chat)
    {
        await chat.Page.GotoAsync(web.Bot.BaseAddress.ToString());
        await chat.WaitForCardAsync(Texts.Responses.Get("welcome.title"), "the welcome", FirstLoad);
        await chat.SendAsync("start");
        for (var index = 0; index < Typed.Length; index++)
        {
            await AssertQuestionCardAsync(chat, index + 1, Typed[index], index == 0 ? null : Typed[index - 1]);
            await chat.SendAsync(Typed[index].Typed);
        }
    }

    /// <summary>The card for question <paramref name="number"/>: its progress line, the question, and the note on the previous answer.</summary>
    private async Task<ILocator> AssertQuestionCardAsync(WebChatPage chat, int number, FlowAnswer answer, FlowAnswer? previous)
    {
        var progress = Texts.Progress(number);
        var card = await chat.WaitForCardAsync(progress, previous is null ? "the first question" : $"the question after answering '{previous.Slot}'");
        var text = await WebChatPage.TextOfAsync(card);
        var question = Texts.Question(answer.Slot);
        Assert.True(text.Contains(question.Prompt, StringComparison.Ordinal), $"'{progress}' should ask '{question.Prompt}', but the card says: {text}");
        if (previous is not null)
        {
            var noted = Texts.Noted(previous);
            Assert.True(text.Contains(noted, StringComparison.Ordinal), $"'{progress}' should begin with '{noted}', but the card says: {text}");
        }

        return card;
    }

    /// <summary>After the last answer: the summary lists every answer, and the guidance ranks pathways with their sources.</summary>
    private async Task<ILocator> AssertSummaryAndGuidanceAsync(WebChatPage chat, FlowAnswer[] answers)
    {
        var summary = await chat.WaitForCardAsync(Texts.Responses.Get("summary.title"), "the summary after the last answer");
        var summaryText = await WebChatPage.TextOfAsync(summary);
        foreach (var answer in answers)
        {
            Assert.True(summaryText.Contains(Texts.Labels(answer), StringComparison.Ordinal), $"The summary should show '{Texts.Labels(answer)}', but says: {summaryText}");
        }

        var guidance = await chat.WaitForCardAsync(Texts.Responses.Get("guidance.pathways"), "the guidance after the summary");

        // The sources are in the details, folded until "Details" is pressed.
        await chat.PressAsync(guidance, Texts.Responses.Get("guidance.details"));
        var text = await WebChatPage.TextOfAsync(guidance);
        Assert.True(text.Contains(Texts.Responses.Get("guidance.intro"), StringComparison.Ordinal), "The guidance card lacks its introduction: " + text);
        Assert.True(PathwayId().IsMatch(text), "The guidance card names no pathway by id, like '(P3)': " + text);
        Assert.True(text.Contains(Texts.SourcePrefix, StringComparison.Ordinal), $"The guidance card cites no source ('{Texts.SourcePrefix}'): " + text);
        foreach (var button in new[] { "action.why", "action.whatIf", "action.examples", "action.ask", "action.startOver" })
        {
            Assert.Equal(1, await guidance.GetByRole(AriaRole.Button, new() { Name = Texts.Responses.Get(button), Exact = true }).CountAsync());
        }

        return guidance;
    }

    /// <summary>No message failed to send, nothing was fetched from elsewhere, and no page problems (since <paramref name="after"/>).</summary>
    private static async Task AssertNothingWentWrongAsync(WebChatPage chat, int after = 0)
    {
        await chat.WaitUntilEverythingIsSentAsync();
        Assert.True(await chat.CountSendFailuresAsync() == 0, "A message failed to send.\n" + await chat.DescribeAsync());
        Assert.True(chat.Problems.ForeignRequests.Count == 0, "The page called other hosts:\n" + string.Join('\n', chat.Problems.ForeignRequests));
        var problems = chat.Problems.Problems.Skip(after).ToList();
        Assert.True(problems.Count == 0, "The page had problems:\n" + string.Join('\n', problems));
    }

    /// <summary>A pathway as the reader sees it on the guidance card: the rank shown before it, its title, the list markup.</summary>
    public sealed record ShownPathway(int Rank, string Title, string Markup);

    [GeneratedRegex(@"\(P\d+\)")]
    private static partial Regex PathwayId();
}
