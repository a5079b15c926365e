using GuidanceBot.Dialogs.Engine.Prompts;
using GuidanceBot.Dialogs.Engine.Recognizers;
using GuidanceBot.Knowledge.Text;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Dialogs;

[Trait("Category", TestCategories.Unit)]
public sealed class ChoiceRecognizerTests
{
    private static readonly List<Choice> Membership =
    [
        new() { Value = "host", Title = "Host community", Synonyms = ["locals", "nationals"] },
        new() { Value = "displaced", Title = "Displaced people", Synonyms = ["refugees", "IDPs", "asylum seekers"] },
        new() { Value = "mixed", Title = "Mixed", Synonyms = ["both", "multi-stakeholder"] },
        new() { Value = "returnee", Title = "Returnees", Synonyms = ["people returning home"] },
    ];

    [Theory]
    [InlineData("mixed", "mixed", "exact")]
    [InlineData("Host community", "host", "exact")]
    [InlineData("  REFUGEES! ", "displaced", "exact")]
    [InlineData("2", "displaced", "number")]
    [InlineData("the second one", "displaced", "ordinal")]
    [InlineData("third", "mixed", "ordinal")]
    [InlineData("four", "returnee", "ordinal")]
    [InlineData("our members are mostly refugees", "displaced", "contained")]
    [InlineData("it is a multi-stakeholder coop", "mixed", "contained")]
    [InlineData("mixd", "mixed", "typo")]
    [InlineData("retunrees", "returnee", "typo")]
    [InlineData("Displaced poeple", "displaced", "contained")]
    [InlineData("hots comunity", "host", "typo")]
    public void RecognizesTheOptionMeant(string input, string expected, string matchedBy)
    {
        var result = ChoiceRecognizer.Recognize(input, Membership, "en-US");

        Assert.True(result.Succeeded, $"'{input}' was not recognized");
        Assert.Equal(expected, result.Value!.Value);
        Assert.Equal(matchedBy, result.Value.MatchedBy);
    }

    [Theory]
    [InlineData("")]
    [InlineData("banana")]
    [InlineData("7")]
    [InlineData("the tenth one")]
    [InlineData("refugees and locals")]
    public void RefusesWhatDoesNotNameExactlyOneOption(string input)
    {
        var result = ChoiceRecognizer.Recognize(input, Membership, "en-US");

        Assert.False(result.Succeeded);
        Assert.Equal(["Host community", "Displaced people", "Mixed", "Returnees"], result.Expectations);
    }

    [Theory]
    [InlineData("refugees and locals", new[] { "displaced", "host" })]
    [InlineData("1, 3", new[] { "host", "mixed" })]
    [InlineData("mixed", new[] { "mixed" })]
    public void RecognizesSeveralOptionsInOneAnswer(string input, string[] expected)
    {
        var result = ChoiceRecognizer.RecognizeMany(input, Membership, "en-US");

        Assert.True(result.Succeeded);
        Assert.Equal(expected, result.Value!.Select(found => found.Value));
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yeah, sure", true)]
    [InlineData("nope", false)]
    [InlineData("no thanks", false)]
    [InlineData("suer", true)]
    public void ConfirmRecognizesYesAndNoWords(string input, bool expected)
    {
        var words = new ConfirmWords(["yes", "yeah", "sure", "ok"], ["no", "nope", "not really"]);

        var result = ConfirmRecognizer.Recognize(input, words);

        Assert.True(result.Succeeded, input);
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void ConfirmRefusesAnswersThatSayBoth()
    {
        var result = ConfirmRecognizer.Recognize("yes and no", new ConfirmWords(["yes"], ["no"]));

        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("mixed", "mixd", 1)]
    [InlineData("ab", "ba", 1)]
    [InlineData("same", "same", 0)]
    public void EditDistanceCountsSwapsAsOneEdit(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b, limit: 5));
    }
}
