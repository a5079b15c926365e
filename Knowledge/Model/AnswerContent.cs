namespace GuidanceBot.Knowledge.Model;

/// <summary>
/// The content behind composed answers and legal notes by country: countries with their places and legal notes
/// (study/countries.yml), the words that tell a place of work from an origin, and the kinds of question
/// (search/answers.yml).
/// </summary>
public sealed record AnswerContent(IReadOnlyList<Country> Countries, CountryWords Words, IReadOnlyList<QuestionKind> QuestionKinds)
{
    public static readonly AnswerContent Empty = new([], CountryWords.None, []);
}
