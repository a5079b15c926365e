using GuidanceBot.Knowledge.Answers;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Knowledge.Answers;

/// <summary>A country is found only as a place of work: its name, or a city, region or camp in it; never a demonym or an origin.</summary>
[Trait("Category", TestCategories.Unit)]
public sealed class CountryFinderTests
{
    private static readonly CountryFinder Finder = ShippedContent.KnowledgeBase.Countries;

    [Theory]
    [InlineData("We work in Gaziantep with Syrian women", "turkey")]
    [InlineData("an NGO in Uganda", "uganda")]
    [InlineData("refugees in Kakuma camp", "kenya")]
    [InlineData("Refugees in Şanlıurfa and Mardin", "turkey")]
    [InlineData("refugees in Sanliurfa", "turkey")]
    [InlineData("a cooperative in Türkiye", "turkey")]
    [InlineData("South Sudanese refugees in Bidi Bidi", "uganda")]
    [InlineData("Syrian refugees in Zaatari", "jordan")]
    [InlineData("Syrian refugees in Za'atari", "jordan")]
    [InlineData("IDPs around Erbil", "iraq")]
    [InlineData("Sudanese refugees from Sudan now in Cairo", "egypt")]
    [InlineData("a housing cooperative in Halle", "germany")]
    [InlineData("refugees who fled South Sudan to Uganda", "uganda")]
    [InlineData("refugees in dollo ado", "ethiopia")]
    public void FindsTheCountryOfAPlaceOfWork(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(Finder.Find(text)).Id);
    }

    [Theory]
    [InlineData("We help Syrian refugees join local cooperatives")]
    [InlineData("Turkish cooperatives hire refugees")]
    [InlineData("refugees from Sudan")]
    [InlineData("people who fled Iraq")]
    [InlineData("South Sudan")]
    [InlineData("A Jordanian cooperative")]
    [InlineData("")]
    public void FindsNoCountryInNationalitiesOrOrigins(string text)
    {
        Assert.Empty(Finder.Find(text));
    }

    [Fact]
    public void FindsSeveralCountriesInTheOrderNamed()
    {
        Assert.Equal(["jordan", "turkey"], Finder.Find("We work in Amman and in Gaziantep, and in Jordan again").Select(country => country.Id));
    }

    [Theory]
    [InlineData("jordan", "jordan")]
    [InlineData("Türkiye", "turkey")]
    [InlineData("Gaziantep", "turkey")]
    [InlineData("KENYA", "kenya")]
    public void ResolvesAnIdOrAName(string given, string expected)
    {
        Assert.Equal(expected, Finder.Resolve(given)?.Id);
    }

    [Theory]
    [InlineData("Narnia")]
    [InlineData("Syrian")]
    [InlineData("Jordan and Turkey")]
    public void ResolvesNothingElse(string given)
    {
        Assert.Null(Finder.Resolve(given));
    }

    [Fact]
    public void EveryCountryHasLegalNotesWithADate()
    {
        foreach (var country in Finder.Countries)
        {
            var notes = CountryLegalNotes.For(ShippedContent.KnowledgeBase, country);
            Assert.NotEmpty(notes);
            Assert.All(notes, note => Assert.False(string.IsNullOrEmpty(note.AsOf), $"{country.Id}: {note.Id} has no as-of date"));
        }
    }
}
