using System.Text.Json.Nodes;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Conversations;

/// <summary>Replays every conversation script through the real bot (no HTTP) and checks each turn's replies.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class ConversationScriptTests
{
    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (var script in ConversationScript.LoadAll())
        {
            data.Add(script.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task ConversationGoesAsScripted(string scriptName)
    {
        var script = ConversationScript.LoadAll().Single(s => s.ToString() == scriptName);
        var client = new GuidanceTestClient(script.Channel, isGroup: script.Group);
        foreach (var step in script.Steps)
        {
            client.Locale = step.Locale ?? script.Locale;
            var turn = step.Press is { } press
                ? await client.PressAsync(Resolve(press, client), step.As ?? "User")
                : await client.SayAsync(step.Say ?? "", step.As ?? "User");
            var replies = turn.Where(reply => reply.Type != "typing").ToList();
            var visible = string.Join("\n---\n", replies.Select(GuidanceTestClient.VisibleText));
            var where = $"{script}, {step.Line} ({(step.Say is null ? "press " + step.Press?.ToJsonString() : "say \"" + step.Say + "\"")})";
            foreach (var expected in step.Expect)
            {
                Assert.True(visible.Contains(expected, StringComparison.OrdinalIgnoreCase), $"{where}: expected \"{expected}\" in the replies:\n{visible}");
            }

            foreach (var absent in step.Absent)
            {
                Assert.False(visible.Contains(absent, StringComparison.OrdinalIgnoreCase), $"{where}: did not expect \"{absent}\" in the replies:\n{visible}");
            }

            if (step.Replies is int count)
            {
                Assert.True(replies.Count == count, $"{where}: expected {count} replies, got {replies.Count}:\n{visible}");
            }
        }
    }

    /// <summary><c>card: live</c> (default for answers) targets the latest question card, <c>card: stale</c> the first one seen.</summary>
    private static JsonObject Resolve(JsonObject press, GuidanceTestClient client)
    {
        var data = (JsonObject)press.DeepClone();
        var card = data["card"]?.GetValue<string>() ?? (data["verb"]?.GetValue<string>() == "answer" ? "live" : null);
        if (card == "live")
        {
            data["card"] = client.LiveCardId;
        }
        else if (card == "stale")
        {
            data["card"] = client.SeenCardIds.FirstOrDefault();
        }

        return data;
    }
}
