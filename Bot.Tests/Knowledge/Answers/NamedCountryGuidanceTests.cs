using GuidanceBot.Dialogs.Guidance;
using GuidanceBot.Dialogs.Guidance.State;
using GuidanceBot.Dialogs.State;
using GuidanceBot.Knowledge.Context;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Knowledge.Answers;

/// <summary>
/// A country named in the chat is kept as an id only (never the words typed), and the guidance computed for the
/// conversation carries that country's legal notes, memoised per answers and country.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed class NamedCountryGuidanceTests
{
    [Fact]
    public async Task ADescriptionNamingGaziantepKeepsOnlyTheCountryId()
    {
        var storage = new MemoryStorage();
        var client = new GuidanceTestClient("directline", storage);
        await client.SayAsync("We are an NGO helping Syrian women refugees in Gaziantep; they may join Turkish cooperatives but cannot register their own");

        var stored = (await storage.ReadAsync(["directline/conversations/conversation-1"], default)).Values.Single();
        var data = ConversationDataReader.Read(stored.Utf8Json)!;
        var json = System.Text.Encoding.UTF8.GetString(stored.Utf8Json);
        Assert.Equal("turkey", data.Country);
        Assert.DoesNotContain("Gaziantep", json, StringComparison.Ordinal);
    }

    [Fact]
    public void TheConversationsGuidanceCarriesTheNamedCountrysLegalNotes()
    {
        var memo = GuidanceMemo.Of(ShippedContent.KnowledgeBase);
        var context = GuidanceContext.Empty.With(Slots.Membership, ["mixed"]).With(Slots.LegalEnvironment, ["can-join"]);

        var withCountry = memo.Recommend(context, "turkey");
        var without = memo.Recommend(context);

        var note = Assert.Single(withCountry.LegalNotes);
        Assert.Equal("legal.turkey", note.Id);
        Assert.Equal("2019", note.AsOf);
        Assert.False(string.IsNullOrEmpty(note.Caution));
        Assert.Empty(without.LegalNotes);
        Assert.Equal(without.Pathways.Select(p => p.Id), withCountry.Pathways.Select(p => p.Id));
        Assert.Same(withCountry, memo.Recommend(context, "turkey"));
        Assert.NotEqual(GuidanceMemo.Key(context), GuidanceMemo.Key(context, "turkey"));
    }
}
