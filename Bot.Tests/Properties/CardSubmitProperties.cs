using System.Text.Json.Nodes;
using CsCheck;
using GuidanceBot.Dialogs.Protocol;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Properties;

/// <summary>
/// A card submit's <c>value</c> is whatever the client put there. <see cref="CardSubmit.From"/> reads a verb and data
/// or gives null; it never throws, and never lets <c>verb</c> or Teams' <c>msteams</c> into the data.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed class CardSubmitProperties
{
    [Fact]
    public void AnyMessageValueGivesASubmitOrNull() =>
        PropertyGens.Json.Sample(
            value =>
            {
                var submit = CardSubmit.From(new Activity { Type = ActivityTypes.Message, Value = value });
                var verb = (value as JsonObject)?["verb"];
                Assert.Equal(verb is JsonValue text && text.TryGetValue<string>(out _), submit is not null);
                AssertWellFormed(submit);
            },
            iter: PropertyGens.Iterations,
            print: value => value?.ToJsonString() ?? "null");

    [Fact]
    public void AnyInvokeActionGivesASubmitOrNull() =>
        PropertyGens.Json.Sample(
            data =>
            {
                var value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = data } };
                AssertWellFormed(CardSubmit.From(new Activity { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action", Value = value }));
            },
            iter: PropertyGens.Iterations,
            print: data => data?.ToJsonString() ?? "null");

    /// <summary>A submit with a verb keeps every other field as sent, read back with <see cref="CardSubmit.GetString"/>.</summary>
    [Fact]
    public void ASubmittedFieldReadsBack() =>
        Gen.Select(PropertyGens.Text, PropertyGens.Text, PropertyGens.Json).Sample(
            (verb, answer, extra) =>
            {
                var value = new JsonObject { ["verb"] = verb, ["answer"] = answer, ["extra"] = extra, ["msteams"] = new JsonObject { ["type"] = "messageBack" } };
                var submit = CardSubmit.From(new Activity { Type = ActivityTypes.Message, Value = value })!;

                Assert.Equal(verb, submit.Verb);
                Assert.Equal(answer, submit.GetString("answer"));
                Assert.Equal(extra?.ToJsonString(), submit.Data["extra"]?.ToJsonString());
                AssertWellFormed(submit);
            },
            iter: PropertyGens.Iterations);

    private static void AssertWellFormed(CardSubmit? submit)
    {
        if (submit is null)
        {
            return;
        }

        Assert.False(submit.Data.ContainsKey("verb"));
        Assert.False(submit.Data.ContainsKey("msteams"));
        foreach (var (name, _) in submit.Data)
        {
            _ = submit.GetString(name);
        }
    }
}
