using GuidanceBot.Tests.Support;
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

    /// <summary>A new browser context (own cookies and sessionStorage) with one page, watched for problems.</summary>
    public async Task<(IBrowserContext Context, IPage Page, PageProblems Problems)> OpenPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1100, Height = 800 },
            Locale = "en-US",
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        return (context, page, new PageProblems(page, Bot.BaseAddress));
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
