using System.Reflection;
using System.Text.Json;
using GuidanceBot.Dialogs.Engine.Prompts;
using GuidanceBot.Dialogs.Engine.Recognizers;
using GuidanceBot.Dialogs.Engine;
using GuidanceBot.Dialogs.Guidance.State;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Dialogs;

/// <summary>The hand-written state reader agrees with the generated serializer on every property, and fails the same way.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class ConversationDataReaderTests
{
    private static readonly Type[] StateTypes = [typeof(ConversationData), typeof(DialogState), typeof(DialogInstance), typeof(PromptOptions), typeof(Choice), typeof(SlotAnswerRecord)];

    [Fact]
    public void EveryPropertyReadsBackAsTheSerializerWroteIt()
    {
        var written = Write(FullyPopulated());

        var read = ConversationDataReader.Read(written)!;

        Assert.Equal(System.Text.Encoding.UTF8.GetString(written), System.Text.Encoding.UTF8.GetString(Write(read)));
    }

    [Fact]
    public void TheSampleCoversEveryPropertyOfTheStateTypes()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(JsonDocument.Parse(Write(FullyPopulated())).RootElement, names);

        var missing = StateTypes
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => $"{type.Name}.{p.Name}"))
            .Where(name => !names.Contains(JsonNamingPolicy.CamelCase.ConvertName(name[(name.IndexOf('.') + 1)..])))
            .ToList();
        Assert.True(missing.Count == 0, $"add to the sample (and to ConversationDataReader): {string.Join(", ", missing)}");
    }

    [Fact]
    public void UnknownPropertiesAndNullsAreSkipped()
    {
        var json = """
            {"future":{"a":[1,{"b":null}]},"answers":null,"liveCardId":null,"cardSequence":3,
             "dialogs":{"stack":[{"id":"slot","extra":true,"prompt":{"questionId":"needs","choices":null}},null]},
             "recentActivityIds":["a","b"]}
            """u8;

        var read = ConversationDataReader.Read(json)!;

        Assert.Empty(read.Answers);
        Assert.Null(read.LiveCardId);
        Assert.Equal(3, read.CardSequence);
        Assert.Equal("needs", Assert.Single(read.Dialogs.Stack).Prompt!.QuestionId);
        Assert.Equal(["a", "b"], read.RecentActivityIds);
    }

    [Fact]
    public void StateSavedBeforeOffersExistedReadsWithNoOfferPending()
    {
        var json = """
            {"answers":[{"slot":"membership","values":["mixed"]}],"welcomed":true,"cardSequence":2,"guidanceShown":true,"lastGuidanceItems":["P3"]}
            """u8;

        var read = ConversationDataReader.Read(json)!;
        var generated = JsonSerializer.Deserialize(json, GuidanceStateJsonContext.Default.ConversationData)!;

        Assert.Null(read.Offer);
        Assert.Null(generated.Offer);
        Assert.Equal("mixed", Assert.Single(read.Answers).Values.Single());
        Assert.True(read.GuidanceShown);
    }

    [Fact]
    public void NoOfferPendingIsNotWritten()
    {
        var json = System.Text.Encoding.UTF8.GetString(Write(new ConversationData { Welcomed = true }));

        Assert.DoesNotContain("offer", json, StringComparison.Ordinal);
        Assert.Equal("start", ConversationDataReader.Read(Write(new ConversationData { Offer = "start" }))!.Offer);
    }

    [Fact]
    public void StateStoredBeforeLanguagesReadsAsTheDefaultLanguageAndAChosenOneReadsBack()
    {
        var old = ConversationDataReader.Read("""{"welcomed":true,"offer":"start"}"""u8)!;
        Assert.Null(old.Language);
        Assert.False(old.LanguageChosen);
        var chosen = ConversationDataReader.Read("""{"language":"fr","languageChosen":true}"""u8)!;
        Assert.Equal("fr", chosen.Language);
        Assert.True(chosen.LanguageChosen);
    }

    [Fact]
    public void StateWithoutACountryReadsAsNoCountryAndACountryReadsBack()
    {
        Assert.Null(ConversationDataReader.Read("""{"guidanceShown":true,"lastGuidanceItems":["P1"]}"""u8)!.Country);
        Assert.Equal("jordan", ConversationDataReader.Read("""{"country":"jordan"}"""u8)!.Country);
        Assert.Null(ConversationDataReader.Read("""{"country":null}"""u8)!.Country);
    }

    [Theory]
    [InlineData("""{"cardSequence":"three"}""")]
    [InlineData("""{"answers":{"slot":"x"}}""")]
    [InlineData("""{"liveCardId":12}""")]
    [InlineData("""{"country":["turkey"]}""")]
    [InlineData("""{"answers":[""")]
    public void AValueOfTheWrongShapeFailsAsTheSerializerWould(string json)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);

        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(bytes, GuidanceStateJsonContext.Default.ConversationData));
        Assert.ThrowsAny<JsonException>(() => ConversationDataReader.Read(bytes));
    }

    private static byte[] Write(ConversationData data) => JsonSerializer.SerializeToUtf8Bytes(data, GuidanceStateJsonContext.Default.ConversationData);

    private static void Collect(JsonElement element, HashSet<string> names)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                names.Add(property.Name);
                Collect(property.Value, names);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, names);
            }
        }
    }

    private static ConversationData FullyPopulated() => new()
    {
        Dialogs = new DialogState
        {
            Stack =
            [
                new DialogInstance
                {
                    Id = "guided",
                    StepIndex = 2,
                    Attempts = 1,
                    Inner = new DialogState { Stack = [new DialogInstance { Id = "inner", StepIndex = 1 }] },
                },
                new DialogInstance
                {
                    Id = "slot",
                    Attempts = 3,
                    Prompt = new PromptOptions
                    {
                        Prompt = "Who are the members? \"quoted\" é",
                        RetryPrompt = "Pick one",
                        Help = "Help text",
                        Choices = [new Choice { Value = "mixed", Title = "Both", Synonyms = ["both", "mixed"] }, new Choice { Value = "host", Title = "Host" }],
                        QuestionId = "membership",
                        AllowMultiple = true,
                    },
                },
            ],
        },
        Answers = [new SlotAnswerRecord { Slot = "membership", Values = ["mixed"], AnsweredBy = "Amal" }, new SlotAnswerRecord { Slot = "needs", Values = ["livelihoods", "finance"] }],
        Skipped = ["stage"],
        AnswersBeforeChange = [new SlotAnswerRecord { Slot = "membership", Values = ["host"] }],
        Welcomed = true,
        RecentActivityIds = ["1", "2", "3"],
        CardSequence = 7,
        LiveCardId = "c7",
        LiveCardActivityId = "reply-9",
        GuidanceShown = true,
        LastGuidanceItems = ["P3", "P1"],
        Offer = "examples",
        Country = "turkey",
        Language = "ar",
        LanguageChosen = true,
    };
}
