using BenchmarkDotNet.Attributes;
using GuidanceBot.Bot.Storage;
using GuidanceBot.Dialogs.Engine;
using GuidanceBot.Dialogs.Engine.Prompts;
using GuidanceBot.Dialogs.State;

namespace GuidanceBot.Bench.Micro;

/// <summary>
/// State load and save through <see cref="StateAccessor{T}"/>, as a turn does them, over memory and SQLite (a temp
/// file, WAL). The state is a dialog stack waiting in a choice prompt with its seven options, like a real turn's.
/// </summary>
[MemoryDiagnoser]
public class StateBenchmarks
{
    private const int Conversations = 1000;

    private IStorage _storage = new MemoryStorage();
    private StateAccessor<DialogState> _accessor = null!;
    private string? _directory;
    private StateEntry<DialogState> _held = null!;
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

        _accessor = new StateAccessor<DialogState>(_storage, Dialogs.Engine.DialogJsonContext.Default.DialogState, () => new DialogState());
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
    public Task<StateEntry<DialogState>> Load() => _accessor.LoadAsync(Key(_next++ % Conversations), CancellationToken.None);

    [Benchmark]
    public Task Save() => _accessor.SaveAsync(_held, CancellationToken.None);

    /// <summary>What one turn does with its conversation state.</summary>
    [Benchmark]
    public async Task LoadAndSave()
    {
        var entry = await _accessor.LoadAsync(Key(_next++ % Conversations), CancellationToken.None);
        entry.Value.Stack[^1].Inner!.Stack[^1].StepIndex ^= 1;
        await _accessor.SaveAsync(entry, CancellationToken.None);
    }

    private static string Key(int i) => $"msteams/conversations/a:conv-{i:D5}";

    private static DialogState WaitingInNeedsQuestion() => new()
    {
        Stack =
        [
            new DialogInstance
            {
                Id = "guidance",
                Inner = new DialogState
                {
                    Stack =
                    [
                        new DialogInstance { Id = "questions", StepIndex = 3 },
                        new DialogInstance
                        {
                            Id = "needs",
                            Prompt = new PromptOptions
                            {
                                Prompt = "Which needs matter most? Choose all that apply.",
                                RetryPrompt = "Please pick one or more of the options.",
                                Choices = BenchData.Choices("needs"),
                                QuestionId = "needs",
                            },
                        },
                    ],
                },
            },
        ],
    };
}
