using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GuidanceBot.Tests.EndToEnd;

/// <summary>The real bot on a loopback port and one headless Chromium for the test class; each test gets a fresh context.</summary>
public sealed class WebChatFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public BotServer Bot { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        try
        {
            Bot = await BotServer.StartAsync();
            (_playwright, Browser) = await Chromium.LaunchAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>What the bot says along the guided questions, from the content it loaded.</summary>
    public GuidedFlowTexts Texts => new(Bot.Services.GetRequiredService<IKnowledgeBaseProvider>().Current);

    /// <summary>The same in one of the bot's languages ("fr", "ar").</summary>
    public GuidedFlowTexts TextsIn(string locale) => new(Bot.Services.GetRequiredService<IKnowledgeBaseProvider>().Current.In(locale));

    /// <summary>A new browser context (own cookies and sessionStorage) with one page, watched for problems.</summary>
    public Task<(IBrowserContext Context, IPage Page, PageProblems Problems)> OpenPageAsync() => OpenPageAsync(Bot.BaseAddress);

    /// <summary>
    /// The same, for a page of another bot (one a test starts itself); requests elsewhere count as foreign.
    /// <paramref name="browserLocale"/> is the browser's language (navigator.language, Accept-Language).
    /// </summary>
    public async Task<(IBrowserContext Context, IPage Page, PageProblems Problems)> OpenPageAsync(Uri origin, string browserLocale = "en-US")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1100, Height = 800 },
            Locale = browserLocale,
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        return (context, page, new PageProblems(page, origin));
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }
    }
}
