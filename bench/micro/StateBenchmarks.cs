using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GuidanceBot.Bot.Storage;
using GuidanceBot.Dialogs.Guidance.State;
using GuidanceBot.Dialogs.State;

namespace GuidanceBot.Bench.Micro;

/// <summary>
/// State load and save through <see cref="StateAccessor{T}"/>, as a turn does them, over memory and SQLite (a temp
/// file, WAL). The state is the bot's own <see cref="ConversationData"/> as it stands before the needs question is
/// answered: three answers, the dialog stack waiting in the needs prompt, 16 recent activity ids.
/// </summary>
[MemoryDiagnoser]
public class StateBenchmarks
{
    private const int Conversations = 1000;

    private IStorage _storage = new MemoryStorage();
    private StateAccessor<ConversationData> _accessor = null!;
    private string? _directory;
    private StateEntry<ConversationData> _held = null!;
    private int _next;

    [Params("Memory", "Sqlite")]
    public string Storage { get; set; } = "Memory";

    [GlobalSetup]
    public void Setup()
    {
        if (Storage == "Sqlite")
        {
            _directory = Directory.CreateTempSubdirectory("bench-state-").FullName;
            _storage = new SqliteStorage(Path.Combine(_directory, "state.db"));
        }

        // As the turn runner loads it: the hand-written reader, the generated writer.
        _accessor = new StateAccessor<ConversationData>(_storage, GuidanceStateJsonContext.Default.ConversationData, () => new ConversationData(), ConversationDataReader.Read);
        for (var i = 0; i < Conversations; i++)
        {
            var entry = _accessor.LoadAsync(Key(i), CancellationToken.None).GetAwaiter().GetResult();
            entry.Value = WaitingInNeedsQuestion();
            _accessor.SaveAsync(entry, CancellationToken.None).GetAwaiter().GetResult();
        }

        _held = _accessor.LoadAsync(Key(0), CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        (_storage as IDisposable)?.Dispose();
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Benchmark]
    public Task<StateEntry<ConversationData>> Load() => _accessor.LoadAsync(Key(_next++ % Conversations), CancellationToken.None);

    [Benchmark]
    public Task Save() => _accessor.SaveAsync(_held, CancellationToken.None);

    /// <summary>What one turn does with its conversation state.</summary>
    [Benchmark]
    public async Task LoadAndSave()
    {
        var entry = await _accessor.LoadAsync(Key(_next++ % Conversations), CancellationToken.None);
        entry.Value.CardSequence++;
        await _accessor.SaveAsync(entry, CancellationToken.None);
    }

    private static string Key(int i) => $"msteams/conversations/a:conv-{i:D5}";

    /// <summary>
    /// The state as the bot stored it (SQLite row, Release build of main at 3b516a6) after "start over", "mixed",
    /// "can join", "new": waiting in the needs question. Captured rather than built, so it has the real shape; 16
    /// recent ids as after a long conversation.
    /// </summary>
    private static ConversationData WaitingInNeedsQuestion()
    {
        var ids = string.Join(",", Enumerable.Range(1, 16).Select(i => $"\"20261123T160000-run1-0-{i}\""));
        var json = $$$"""
            {"dialogs":{"stack":[{"id":"guided"},{"id":"slot","prompt":{"questionId":"needs","allowMultiple":true}}]},
            "answers":[{"slot":"membership","values":["mixed"]},{"slot":"legalEnvironment","values":["can-join"]},{"slot":"stage","values":["new"]}],
            "skipped":[],"recentActivityIds":[{{{ids}}}],"cardSequence":4,"liveCardId":"c4","lastGuidanceItems":[]}
            """;
        return JsonSerializer.Deserialize(json, GuidanceStateJsonContext.Default.ConversationData)!;
    }
}
