using GuidanceBot.Dialogs.Protocol;

namespace GuidanceBot.Tests.Support;

/// <summary>A scripted conversation: send this, expect that. Runs each step as soon as it is added, in order.</summary>
public sealed class TestFlow(TestAdapter adapter, Func<ITurnContext, CancellationToken, Task> bot)
{
    public TestAdapter Adapter { get; } = adapter;

    public async Task<TestFlow> SendAsync(string text)
    {
        await Adapter.ProcessActivityAsync(Adapter.MakeActivity(text), bot);
        return this;
    }

    public async Task<TestFlow> SendAsync(Activity activity)
    {
        await Adapter.ProcessActivityAsync(activity, bot);
        return this;
    }

    public Activity AssertReply(string expectedText)
    {
        var reply = Adapter.NextReply();
        Assert.Equal(expectedText, reply.Text);
        return reply;
    }

    public Activity AssertReply(Action<Activity> check)
    {
        var reply = Adapter.NextReply();
        check(reply);
        return reply;
    }

    public void AssertNoReply() => Assert.True(Adapter.Replies.IsEmpty, $"Expected no reply, got: {string.Join(" | ", Adapter.Replies.Select(r => r.Text))}");
}
