using System.Text.Json;
using GuidanceBot.Dialogs.Engine;
using GuidanceBot.Dialogs.Engine.Prompts;
using GuidanceBot.Dialogs.Engine.Recognizers;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Dialogs;

/// <summary>
/// The engine end to end without HTTP: a waterfall with choice, text and number prompts, its stack saved to
/// storage as JSON after every turn and loaded again at the next, as a restart would.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed class WaterfallDialogTests
{
    private readonly MemoryStorage _storage = new();
    private readonly DialogSet _dialogs = new();
    private readonly List<object?> _results = [];

    public WaterfallDialogTests()
    {
        _dialogs.Add(new WaterfallDialog("profile",
        [
            (step, ct) => step.PromptAsync("choice", new PromptOptions
            {
                Prompt = "Who are the members?",
                RetryPrompt = "Please pick one of the options.",
                Help = "Members are the people who own the cooperative.",
                Choices = [new() { Value = "host", Title = "Host community" }, new() { Value = "displaced", Title = "Displaced people" }],
            }, ct),
            (step, ct) =>
            {
                _results.Add(((FoundChoice)step.Result!).Value);
                return step.PromptAsync("number", new PromptOptions { Prompt = "How many members?" }, ct);
            },
            (step, ct) =>
            {
                _results.Add(step.Result);
                return step.Result is int count && count > 100
                    ? step.NextAsync("big", ct)
                    : step.PromptAsync("text", new PromptOptions { Prompt = "Anything else?" }, ct);
            },
            (step, ct) => step.EndDialogAsync("done:" + step.Result, ct),
        ]));
        _dialogs.Add(new ChoicePrompt("choice"));
        _dialogs.Add(new NumberPrompt("number"));
        _dialogs.Add(new TextPrompt("text"));
    }

    private async Task<DialogTurnResult> TurnAsync(TestAdapter adapter, string text)
    {
        DialogTurnResult? result = null;
        await adapter.ProcessActivityAsync(adapter.MakeActivity(text), async (turn, ct) =>
        {
            var accessor = new StateAccessor<DialogState>(_storage, DialogJsonContext.Default.DialogState, () => new DialogState());
            var entry = await accessor.LoadAsync("dialogs", ct);
            var dc = _dialogs.CreateContext(turn, entry.Value);
            result = await dc.ContinueDialogAsync(ct);
            if (result.Status == DialogTurnStatus.Empty)
            {
                result = await dc.BeginDialogAsync("profile", null, ct);
            }

            await accessor.SaveAsync(entry, ct);
        });
        return result!;
    }

    [Fact]
    public async Task ShouldWalkThroughTheStepsAcrossTurnsWithStateInStorage()
    {
        var adapter = new TestAdapter();

        await TurnAsync(adapter, "hi");
        Assert.Equal("Who are the members?", adapter.NextReply().Text);
        await TurnAsync(adapter, "the second one");
        Assert.Equal("How many members?", adapter.NextReply().Text);
        await TurnAsync(adapter, "about two hundred");
        var last = await TurnAsync(adapter, "ignored: the dialog already ended");

        Assert.Equal(["displaced", 200], _results);
        Assert.Equal(DialogTurnStatus.Waiting, last.Status); // a new run began after the first completed
    }

    [Fact]
    public async Task ShouldCompleteWithTheLastStepsResult()
    {
        var adapter = new TestAdapter();
        await TurnAsync(adapter, "hi");
        await TurnAsync(adapter, "host community");
        await TurnAsync(adapter, "12");

        var result = await TurnAsync(adapter, "nothing more");

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal("done:nothing more", result.Result);
    }

    [Fact]
    public async Task ShouldRetryThenOfferButtonsAndHelpAfterTwoFailures()
    {
        var adapter = new TestAdapter();
        await TurnAsync(adapter, "hi");
        var first = adapter.NextReply();
        Assert.Equal(2, first.SuggestedActions!.Actions.Count);

        await TurnAsync(adapter, "banana");
        Assert.Equal("Please pick one of the options.", adapter.NextReply().Text);
        await TurnAsync(adapter, "mango");
        var help = adapter.NextReply();

        Assert.Contains("Members are the people who own the cooperative.", help.Text, StringComparison.Ordinal);
        Assert.Equal(["Host community", "Displaced people"], help.SuggestedActions!.Actions.Select(a => a.Title));
        await TurnAsync(adapter, "1");
        Assert.Equal("How many members?", adapter.NextReply().Text);
    }

    [Fact]
    public async Task ACardButtonAndTypedTextReachTheSameRecognizer()
    {
        var adapter = new TestAdapter();
        await TurnAsync(adapter, "hi");
        adapter.NextReply();

        var press = adapter.MakeActivity();
        press.Value = new System.Text.Json.Nodes.JsonObject { ["verb"] = "answer", ["value"] = "displaced", ["msteams"] = new System.Text.Json.Nodes.JsonObject() };
        await adapter.ProcessActivityAsync(press, async (turn, ct) =>
        {
            var accessor = new StateAccessor<DialogState>(_storage, DialogJsonContext.Default.DialogState, () => new DialogState());
            var entry = await accessor.LoadAsync("dialogs", ct);
            await _dialogs.CreateContext(turn, entry.Value).ContinueDialogAsync(ct);
            await accessor.SaveAsync(entry, ct);
        });

        Assert.Equal(["displaced"], _results);
    }

    [Fact]
    public void DialogStateRoundTripsThroughJsonUnchanged()
    {
        var state = new DialogState
        {
            Stack =
            [
                new DialogInstance { Id = "profile", StepIndex = 2 },
                new DialogInstance
                {
                    Id = "choice",
                    Attempts = 1,
                    Prompt = new PromptOptions { Prompt = "Q?", Choices = [new() { Value = "a", Title = "A", Synonyms = ["alpha"] }], QuestionId = "membership" },
                    Inner = new DialogState { Stack = [new DialogInstance { Id = "inner", StepIndex = 1 }] },
                },
            ],
        };

        var once = JsonSerializer.Serialize(state, DialogJsonContext.Default.DialogState);
        var twice = JsonSerializer.Serialize(JsonSerializer.Deserialize(once, DialogJsonContext.Default.DialogState)!, DialogJsonContext.Default.DialogState);

        Assert.Equal(once, twice);
        var back = JsonSerializer.Deserialize(twice, DialogJsonContext.Default.DialogState)!;
        Assert.Equal(2, back.Stack[0].StepIndex);
        Assert.IsType<int>(back.Stack[1].Attempts);
        Assert.Equal("alpha", back.Stack[1].Prompt!.Choices![0].Synonyms![0]);
        Assert.Equal("inner", back.Stack[1].Inner!.Stack[0].Id);
    }
}
