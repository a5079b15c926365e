using GuidanceBot.Knowledge.Loading;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Knowledge.Answers;

/// <summary>The validator checks countries and question kinds like every other content, reporting file and line.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class AnswerContentValidationTests : IDisposable
{
    private readonly ContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ACountryNamingAnUnknownLegalNoteIsAnError()
    {
        _folder.Replace("study/countries.yml", "legalNotes: [legal.jordan]", "legalNotes: [legal.jordn]");

        AssertError("study/countries.yml", "country 'jordan' names an unknown item 'legal.jordn'; did you mean 'legal.jordan'?");
    }

    [Fact]
    public void ACountryPointingAtAnItemThatIsNoLegalNoteIsAnError()
    {
        _folder.Replace("study/countries.yml", "legalNotes: [legal.jordan]", "legalNotes: [example.A1]");

        AssertError("study/countries.yml", "country 'jordan' lists 'example.A1' under legalNotes, but it is a example, not a legal-note.");
    }

    [Fact]
    public void APlaceOfTwoCountriesIsAnError()
    {
        _folder.Replace("study/countries.yml", "places: [Kakuma,", "places: [Amman, Kakuma,");

        AssertError("study/countries.yml", "'Amman' is named for both country 'jordan' and country 'kenya'");
    }

    [Fact]
    public void AQuestionKindPreferringAnUnknownItemKindIsAnError()
    {
        _folder.Replace("search/answers.yml", "prefer: [figure]", "prefer: [figures]");

        AssertError("search/answers.yml", "question kind 'figure' names an unknown item kind 'figures'");
    }

    [Fact]
    public void AMissingAnswerSentenceIsAnError()
    {
        _folder.Replace("responses.yml", "  qa.related: \"Related:\"\n", "");

        AssertError("responses.yml", "the response 'qa.related' is missing; composed answers and legal notes need it.");
    }

    [Fact]
    public void AnUnknownCountryFieldGetsADidYouMean()
    {
        _folder.Replace("study/countries.yml", "    places: [Kakuma,", "    place: [Kakuma,");

        AssertError("study/countries.yml", "country 'kenya' has an unknown field 'place'; did you mean 'places'?");
    }

    private void AssertError(string file, string message)
    {
        var result = KnowledgeLoader.Load(_folder.Path);

        Assert.Null(result.KnowledgeBase);
        Assert.Contains(result.Report.Messages, m => m.File == file && m.Message.Contains(message, StringComparison.Ordinal));
    }
}
