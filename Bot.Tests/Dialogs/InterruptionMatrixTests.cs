using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Dialogs;

/// <summary>Every interruption at every question of the guided flow: handled, then the flow resumes where it should.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class InterruptionMatrixTests
{
    private static readonly string[] Answers = ["mixed", "can join", "new", "jobs", "ngo"];

    public static TheoryData<int, string> ResumingInterruptions()
    {
        var data = new TheoryData<int, string>();
        foreach (var question in Enumerable.Range(1, 5))
        {
            foreach (var interruption in new[] { "help", "?", "summary", "What is a SACCO?", "show examples", "what if", "bananas", "hello" })
            {
                data.Add(question, interruption);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ResumingInterruptions))]
    public async Task AnInterruptionAsksTheSameQuestionAgain(int question, string interruption)
    {
        var client = await AtQuestionAsync(question);

        var replies = Visible(await client.SayAsync(interruption));

        Assert.Contains($"Question {question} of 5", replies, StringComparison.Ordinal);
        var next = Visible(await client.SayAsync(Answers[question - 1]));
        Assert.Contains(question < 5 ? $"Question {question + 1} of 5" : "Pathways that fit", next, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task StartOverAtAnyQuestionGoesBackToTheFirstWithNoAnswers(int question)
    {
        var client = await AtQuestionAsync(question);

        var replies = Visible(await client.SayAsync("start over"));

        Assert.Contains("Question 1 of 5", replies, StringComparison.Ordinal);
        Assert.Contains("Members: not answered yet", Visible(await client.SayAsync("summary")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task BackAtAnyQuestionAsksThePreviousOne(int question)
    {
        var client = await AtQuestionAsync(question);

        Assert.Contains($"Question {question - 1} of 5", Visible(await client.SayAsync("back")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public async Task ChangingAnEarlierAnswerAtAnyQuestionAsksThatOneThenCarriesOn(int question)
    {
        var client = await AtQuestionAsync(question);

        Assert.Contains("What does the law let displaced people do", Visible(await client.SayAsync("change the legal environment")), StringComparison.Ordinal);
        var after = Visible(await client.SayAsync("informal only"));
        Assert.Contains("displaced people can only form informal groups", after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task CancelAtAnyQuestionStopsAndStartResumes(int question)
    {
        var client = await AtQuestionAsync(question);

        Assert.Contains("Stopped", Visible(await client.SayAsync("cancel")), StringComparison.Ordinal);
        Assert.Contains($"Question {question} of 5", Visible(await client.SayAsync("start")), StringComparison.Ordinal);
    }

    private static async Task<GuidanceTestClient> AtQuestionAsync(int question)
    {
        var client = new GuidanceTestClient();
        await client.SayAsync("start");
        foreach (var answer in Answers.Take(question - 1))
        {
            await client.SayAsync(answer);
        }

        return client;
    }

    private static string Visible(IReadOnlyList<GuidanceBot.Dialogs.Protocol.Activity> replies) =>
        string.Join("\n", replies.Select(GuidanceTestClient.VisibleText));
}
