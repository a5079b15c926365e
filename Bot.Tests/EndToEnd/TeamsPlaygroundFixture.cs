using GuidanceBot.Knowledge;
using GuidanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GuidanceBot.Tests.EndToEnd;

/// <summary>
/// The real bot on a loopback port (wrapped in a <see cref="RecordingBot"/>), the real Agents Playground in Teams
/// mode pointed at it, and the Playground's WebSocket open, for the whole test class. Everything is stopped on dispose.
/// </summary>
public sealed class TeamsPlaygroundFixture : IAsyncLifetime
{
    public BotServer Bot { get; private set; } = null!;

    public RecordingBot Recorder { get; private set; } = null!;

    public AgentsPlayground Playground { get; private set; } = null!;

    public PlaygroundStream Stream { get; private set; } = null!;

    /// <summary>What the bot says along the guided questions, from the content it loaded.</summary>
    public GuidedFlowTexts Texts => new(Bot.Services.GetRequiredService<IKnowledgeBaseProvider>().Current);

    public async Task InitializeAsync()
    {
        try
        {
            Bot = await BotServer.StartAsync(services: RecordingBot.Register);
            Recorder = Bot.Services.GetRequiredService<RecordingBot>();
            Playground = await AgentsPlayground.StartAsync(new Uri(Bot.BaseAddress, "api/messages"));
            Stream = await Playground.OpenStreamAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (Stream is not null)
        {
            await Stream.DisposeAsync();
        }

        if (Playground is not null)
        {
            await Playground.DisposeAsync();
        }

        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }
    }
}
