namespace GuidanceBot.Knowledge.Answers;

/// <summary>
/// <c>knowledge.Countries</c>: finds the countries a text names as places of work, built from the snapshot's
/// countries once, on first use, and shared by every turn on that snapshot.
/// </summary>
public static class KnowledgeBaseCountries
{
    private static readonly PerSnapshot<CountryFinder> Finders = new(static knowledge => new CountryFinder(knowledge.Answers));

    extension(KnowledgeBase knowledge)
    {
        public CountryFinder Countries => Finders.Of(knowledge);
    }
}
